"""The signed-in user's own account: password change and API tokens (created, shown once, revoked)."""
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import PasswordChangeView
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from actiondesk.core.models import ApiToken
from actiondesk.core.services import MAX_TOKEN_DAYS, token_create, token_revoke
from actiondesk.org.services import user_set_password


class OwnPasswordChangeView(PasswordChangeView):
    """Django's view, but the change goes through the org service so it is validated and audited."""

    template_name = "core/password_change.html"
    success_url = reverse_lazy("home")

    def form_valid(self, form):
        user = get_user_model().objects.get(pk=self.request.user.pk)  # the real model, not request.user's proxy
        user_set_password(user=user, password=form.cleaned_data["new_password1"], acting_user=user)
        update_session_auth_hash(self.request, user)
        messages.success(self.request, _("密码已修改"))
        return redirect(self.get_success_url())


class TokenForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("用途"), max_length=100, required=False)
    days = forms.IntegerField(label=gettext_lazy("有效期（天）"), min_value=1, max_value=MAX_TOKEN_DAYS)


@login_required
def token_list(request):
    form = TokenForm(request.POST or None, initial={"days": settings.ACTIONDESK_TOKEN_DAYS})
    created = None
    if request.method == "POST" and form.is_valid():
        try:
            _token, created = token_create(user=get_user_model().objects.get(pk=request.user.pk), name=form.cleaned_data["name"],
                                          days=form.cleaned_data["days"], acting_user=request.user)
        except ValidationError as exc:
            form.add_error(None, "；".join(exc.messages))
        else:
            form = TokenForm(initial={"days": settings.ACTIONDESK_TOKEN_DAYS})
    tokens = ApiToken.objects.filter(user=request.user)
    return render(request, "core/token_list.html", {"form": form, "tokens": tokens, "created": created,
                                                    "now": timezone.now()}, status=400 if form.errors else 200)


@login_required
@require_POST
def token_revoke_view(request, pk):
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)  # only one's own tokens
    try:
        token_revoke(token=token, acting_user=request.user)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    else:
        messages.success(request, _("已撤销令牌"))
    return redirect("token_list")
