// Shows the top progress bar for ordinary form posts too (uploads, exports), not only htmx requests.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form.matches("form[data-progress]")) {
    document.getElementById("progress").classList.add("htmx-request");
    var bar = form.querySelector("progress");
    if (bar) { bar.hidden = false; }
  }
});

// "返回上一页" on error pages: back in history when there is one, else the link's own target (home).
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("a[data-back]");
  if (link && window.history.length > 1) { event.preventDefault(); window.history.back(); }
});

// No inline handlers (the Content-Security-Policy forbids them): <select data-autosubmit> submits its form
// on change, and <form data-confirm="…"> asks before submitting.
document.addEventListener("change", function (event) {
  var el = event.target;
  if (el.matches("select[data-autosubmit]") && el.form) { el.form.submit(); }
});
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form.matches("form[data-confirm]") && !window.confirm(form.dataset.confirm)) { event.preventDefault(); }
}, true);
