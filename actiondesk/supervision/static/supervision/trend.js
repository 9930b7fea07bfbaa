// Trend chart: actual cumulative, the 序时进度 expected line and the year-end forecast of one indicator.
(function () {
  var el = document.getElementById("trend");
  var data = JSON.parse(document.getElementById("chart-data").textContent || "[]");
  var pick = document.getElementById("chart-pick");
  if (!el || !window.echarts || !data.length) { return; }
  var chart = echarts.init(el);
  // Wall mode reads from across the room: chart text as large as the page's (24 px).
  var big = document.body.classList.contains("wall");
  var font = big ? 24 : 12;
  function show(i) {
    var c = data[i];
    chart.setOption({
      title: { text: c.name, left: "center", textStyle: { fontSize: big ? 26 : 14 } },
      tooltip: { trigger: "axis" },
      legend: { bottom: 0, data: ["实际累计", "序时目标", "预测"], textStyle: { fontSize: font } },
      grid: { left: big ? 90 : 50, right: 20, top: big ? 60 : 40, bottom: big ? 70 : 40 },
      xAxis: { type: "category", data: c.months, axisLabel: { fontSize: font } },
      yAxis: { type: "value", name: c.unit, nameTextStyle: { fontSize: font }, axisLabel: { fontSize: font } },
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
