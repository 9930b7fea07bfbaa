/* Starts Swagger UI on /api/docs from the settings the server put in #swagger-settings (no inline script). */
(function () {
  const config = JSON.parse(document.getElementById("swagger-settings").textContent);
  const csrfToken = document.body.dataset.csrfToken;
  config.dom_id = "#swagger-ui";
  config.presets = [SwaggerUIBundle.presets.apis];
  // "Try it out" runs with the browser session, which needs Django's CSRF header on writes.
  config.requestInterceptor = function (request) {
    if (csrfToken) { request.headers["X-CSRFToken"] = csrfToken; }
    return request;
  };
  SwaggerUIBundle(config);
})();
