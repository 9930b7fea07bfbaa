// 招商 pages: leads by stage (json_script "lead-stage-data"), leads and signings by source and by chain.
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
  // Leads and signings by source ("conversion-data") and by chain ("conversion-chain-data"), same chart each.
  [["conversion-data", "conversion-sources"], ["conversion-chain-data", "conversion-chains"]].forEach(function (ids) {
    var conv = document.getElementById(ids[0]), convEl = document.getElementById(ids[1]);
    if (!conv || !convEl) { return; }
    var c = JSON.parse(conv.textContent), d = convEl.dataset;
    draw(convEl, c.map(function (r) { return r.name; }), [
      {type: "bar", name: d.labelLeads, data: c.map(function (r) { return r.leads; })},
      {type: "bar", name: d.labelSigned, data: c.map(function (r) { return r.signed; })}]);
  });
})();
