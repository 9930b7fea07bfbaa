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
