// Indicator settings: picking a schedule preset fills the twelve monthly shares (json_script "schedule-presets").
(function () {
  var source = document.getElementById("schedule-presets");
  var pick = document.getElementById("id_preset");
  if (!source || !pick) { return; }
  var presets = JSON.parse(source.textContent);
  pick.addEventListener("change", function () {
    var shares = presets[pick.value];
    if (!shares) { return; }
    shares.forEach(function (s, i) {
      var input = document.getElementById("id_share_" + (i + 1));
      if (input) { input.value = (parseFloat(s) * 100).toFixed(2).replace(/\.?0+$/, ""); }
    });
  });
})();
