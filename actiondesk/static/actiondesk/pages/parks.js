// Park pages: parks by type (json_script "park-kind-data") and 亩均效益 by park (json_script "park-yield-data").
(function () {
  if (!window.echarts) { return; }
  function bars(el, names, series) {
    var chart = echarts.init(el);
    chart.setOption({tooltip: {trigger: "axis"}, legend: {top: 0}, grid: {left: 60, right: 20, top: 36, bottom: 60},
      xAxis: {type: "category", data: names, axisLabel: {interval: 0, rotate: names.length > 5 ? 30 : 0}},
      yAxis: {type: "value"}, series: series});
    el.dataset.rendered = "1";
    window.addEventListener("resize", function () { chart.resize(); });
  }
  var kinds = document.getElementById("park-kind-data");
  var kindEl = document.getElementById("park-kinds");
  if (kinds && kindEl) {
    var k = JSON.parse(kinds.textContent);
    bars(kindEl, k.map(function (r) { return r.name; }),
      [{type: "bar", name: kindEl.dataset.label, data: k.map(function (r) { return r.value; })}]);
  }
  var yields = document.getElementById("park-yield-data");
  var yieldEl = document.getElementById("park-yield-chart");
  if (yields && yieldEl) {
    var y = JSON.parse(yields.textContent), d = yieldEl.dataset;
    bars(yieldEl, y.map(function (r) { return r.name; }), [
      {type: "bar", name: d.labelOutput, data: y.map(function (r) { return r.output; })},
      {type: "bar", name: d.labelTax, data: y.map(function (r) { return r.tax; })},
      {type: "bar", name: d.labelEnergy, data: y.map(function (r) { return r.energy; })}]);
  }
})();
