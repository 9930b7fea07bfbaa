"""The zone's chains as the plan names them (task 2 and task 1), each with its segments by position.

Segment lists are a working outline of each chain (发展图谱), to be refined by the departments in charge.
"""
from actiondesk.chains.choices import ChainKind, Industry, SegmentPosition

U, M, D = SegmentPosition.UPSTREAM, SegmentPosition.MIDSTREAM, SegmentPosition.DOWNSTREAM

STRATEGIC = [
    ("特种机器人", Industry.HIGH_END_EQUIPMENT, "产业创新局", "鹏悦科技", {
        U: ["精密减速器", "伺服电机", "控制器", "传感器"], M: ["机器人本体", "系统集成"],
        D: ["矿山救援", "电力巡检", "消防应急"]}),
    ("航空零部件", Industry.HIGH_END_EQUIPMENT, "投资促进局", "钢研高纳", {
        U: ["高温合金", "钛合金材料"], M: ["精密铸造", "叶片加工", "结构件制造"], D: ["发动机配套", "维修服务"]}),
    ("磁电", Industry.NEW_MATERIALS, "产业创新局", None, {
        U: ["稀土永磁材料", "软磁材料"], M: ["磁性元器件", "电机电控"], D: ["新能源汽车", "节能装备"]}),
    ("高端医疗器械", Industry.LIFE_HEALTH, "投资促进局", None, {
        U: ["医用材料", "核心部件"], M: ["影像设备", "体外诊断", "康复器械"], D: ["医疗服务", "智慧医疗"]}),
    ("集成电路", Industry.NEXT_GEN_IT, "产业创新局", "启芯微", {
        U: ["半导体材料", "设备零部件"], M: ["芯片设计", "晶圆制造", "封装测试"], D: ["工业控制", "汽车电子"]}),
]
LEADING = [
    ("高端装备", Industry.HIGH_END_EQUIPMENT, "产业创新局", {
        U: ["基础零部件", "特种材料"], M: ["智能装备", "环保装备", "能源装备"], D: ["工程应用"]}),
    ("生命健康", Industry.LIFE_HEALTH, "发展改革局", {
        U: ["原料药"], M: ["生物医药", "医疗器械制造"], D: ["医养健康"]}),
    ("新材料", Industry.NEW_MATERIALS, "产业创新局", {
        U: ["冶金原料"], M: ["先进钢铁材料", "新型合金", "电线电缆"], D: ["光伏材料"]}),
    ("新一代信息技术", Industry.NEXT_GEN_IT, "发展改革局", {
        U: ["电子元器件"], M: ["软件服务", "算力服务"], D: ["数字应用"]}),
]
KINDS = {ChainKind.STRATEGIC: STRATEGIC, ChainKind.LEADING: LEADING}
