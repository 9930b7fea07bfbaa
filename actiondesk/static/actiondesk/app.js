// Shows the top progress bar for ordinary form posts too (uploads, exports), not only htmx requests.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form.matches("form[data-progress]")) {
    document.getElementById("progress").classList.add("htmx-request");
    var bar = form.querySelector("progress");
    if (bar) { bar.hidden = false; }
  }
});
