// Chain map: the ECharts tree of segments (json_script "chain-data"); clicking a segment loads its panel.
(function () {
  var source = document.getElementById("chain-data");
  var el = document.getElementById("chain-tree");
  if (!source || !el || !window.echarts) { return; }
  var tree = JSON.parse(source.textContent);
  var labels = el.dataset;
  var chart = echarts.init(el);
  chart.setOption({
    // Tooltips are HTML: names are encoded so only our own markup is markup.
    tooltip: {formatter: function (p) {
      var d = p.data, name = echarts.format.encodeHTML(d.name);
      if (!d.id) { return name; }
      return name + "<br>" + echarts.format.encodeHTML(labels.labelEnterprises) + " " + d.value + " · " +
        echarts.format.encodeHTML(labels.labelOutput) + " " + Math.round(d.output) +
        (d.gap ? "<br><b class=\"gap-label\">" + echarts.format.encodeHTML(labels.labelGap) + "</b>" : "");
    }},
    series: [{type: "tree", data: [tree], top: 20, left: 90, bottom: 20, right: 220, symbolSize: 12, initialTreeDepth: -1, expandAndCollapse: false,
      label: {position: "left", verticalAlign: "middle", align: "right", fontSize: 13, formatter: function (p) { return p.data.id ? p.name + " (" + p.data.value + ")" : p.name; }},
      leaves: {label: {position: "right", align: "left"}}}]
  });
  chart.on("click", function (p) {
    if (p.data && p.data.id) { htmx.ajax("GET", labels.panelUrl.replace("/0/", "/" + p.data.id + "/"), "#segment-panel"); }
  });
  el.dataset.rendered = "1";
  window.addEventListener("resize", function () { chart.resize(); });
})();
