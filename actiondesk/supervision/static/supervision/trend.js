// Trend chart: actual cumulative, the 序时进度 expected line and the year-end forecast of one indicator.
(function () {
  var el = document.getElementById("trend");
  var data = JSON.parse(document.getElementById("chart-data").textContent || "[]");
  var pick = document.getElementById("chart-pick");
  if (!el || !window.echarts || !data.length) { return; }
  var chart = echarts.init(el);
  function show(i) {
    var c = data[i];
    chart.setOption({
      title: { text: c.name, left: "center", textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis" },
      legend: { bottom: 0, data: ["实际累计", "序时目标", "预测"] },
      grid: { left: 50, right: 20, top: 40, bottom: 40 },
      xAxis: { type: "category", data: c.months },
      yAxis: { type: "value", name: c.unit },
      series: [
        { name: "实际累计", type: "bar", data: c.actual, itemStyle: { color: "#1565c0" } },
        { name: "序时目标", type: "line", data: c.expected, lineStyle: { type: "dashed" }, itemStyle: { color: "#b3261e" } },
        { name: "预测", type: "line", data: c.forecast, connectNulls: true, lineStyle: { type: "dotted" }, itemStyle: { color: "#ef6c00" } }
      ]
    }, true);
  }
  if (pick) { pick.addEventListener("change", function () { show(+pick.value); }); }
  var first = data.findIndex(function (c) { return c.actual.some(function (v) { return v !== null; }); });
  if (first < 0) { first = 0; }
  if (pick) { pick.value = String(first); }
  show(first);
  window.addEventListener("resize", function () { chart.resize(); });
})();
