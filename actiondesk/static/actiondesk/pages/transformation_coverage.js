// 诊断覆盖: stacked bars of diagnosed / not yet diagnosed 规上工业 enterprises, by park and by chain.
(function () {
  var source = document.getElementById("coverage-data");
  if (!source || typeof echarts === "undefined") return;
  var data = JSON.parse(source.textContent);
  function draw(id, rows) {
    var element = document.getElementById(id);
    if (!element || !rows.length) return;
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: {trigger: "axis"},
      legend: {data: [data.labels.diagnosed, data.labels.missing]},
      grid: {left: 48, right: 16, bottom: 64, top: 36},
      xAxis: {type: "category", data: rows.map(function (r) { return r.name; }), axisLabel: {rotate: 30}},
      yAxis: {type: "value", minInterval: 1},
      series: [
        {name: data.labels.diagnosed, type: "bar", stack: "all", data: rows.map(function (r) { return r.diagnosed; })},
        {name: data.labels.missing, type: "bar", stack: "all", data: rows.map(function (r) { return r.total - r.diagnosed; })}
      ]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }
  draw("coverage-park", data.park);
  draw("coverage-chain", data.chain);
})();
