// Status history: 红灯 count by period and one small chart per indicator of its status by period
// (json_script "history-chart"; levels 1 严重滞后 … 5 已完成, gaps where no figure counted).
(function () {
  var source = document.getElementById("history-chart");
  if (!source || !window.echarts) { return; }
  var c = JSON.parse(source.textContent);
  var red = document.getElementById("red-chart");
  if (red) {
    echarts.init(red).setOption({
      tooltip: {trigger: "axis"}, grid: {left: 40, right: 20, top: 20, bottom: 30},
      xAxis: {type: "category", data: c.months}, yAxis: {type: "value", minInterval: 1},
      series: [{name: red.dataset.label, type: "bar", data: c.red, itemStyle: {color: "#e53935"}}]
    });
    red.dataset.rendered = "1";
  }
  var colors = {1: "#e53935", 2: "#fb8c00", 3: "#00838f", 4: "#1e88e5", 5: "#43a047"};
  document.querySelectorAll(".sm-chart").forEach(function (el) {
    var m = c.multiples[Number(el.dataset.index)];
    if (!m) { return; }
    echarts.init(el).setOption({
      grid: {left: 4, right: 4, top: 4, bottom: 4},
      tooltip: {trigger: "axis", formatter: function (p) { return p[0].name + "：" + m.labels[p[0].dataIndex]; }},
      xAxis: {type: "category", data: c.months, show: false}, yAxis: {type: "value", min: 0, max: 5, show: false},
      series: [{type: "line", data: m.levels, connectNulls: false, symbolSize: 5,
                itemStyle: {color: function (p) { return colors[p.value] || "#9e9e9e"; }}, lineStyle: {color: "#9e9e9e"}}]
    });
    el.dataset.rendered = "1";
  });
})();
