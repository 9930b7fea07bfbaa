// 招商 pages: leads by stage (json_script "lead-stage-data"), leads and signings by source ("conversion-data").
(function () {
  if (!window.echarts) { return; }
  function draw(el, names, series) {
    var chart = echarts.init(el);
    chart.setOption({tooltip: {trigger: "axis"}, legend: {top: 0}, grid: {left: 50, right: 20, top: 36, bottom: 40},
      xAxis: {type: "category", data: names}, yAxis: {type: "value", minInterval: 1}, series: series});
    el.dataset.rendered = "1";
    window.addEventListener("resize", function () { chart.resize(); });
  }
  var stages = document.getElementById("lead-stage-data"), stageEl = document.getElementById("lead-stages");
  if (stages && stageEl) {
    var s = JSON.parse(stages.textContent);
    draw(stageEl, s.map(function (r) { return r.label; }),
      [{type: "bar", name: stageEl.dataset.label, data: s.map(function (r) { return r.count; })}]);
  }
  var conv = document.getElementById("conversion-data"), convEl = document.getElementById("conversion-sources");
  if (conv && convEl) {
    var c = JSON.parse(conv.textContent), d = convEl.dataset;
    draw(convEl, c.map(function (r) { return r.name; }), [
      {type: "bar", name: d.labelLeads, data: c.map(function (r) { return r.leads; })},
      {type: "bar", name: d.labelSigned, data: c.map(function (r) { return r.signed; })}]);
  }
})();
