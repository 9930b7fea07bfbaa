"""Synthetic scene texts made by code: fragments of capability sentences recombined, for the bench (10,000 supply
texts) and as distractors around the hand-judged evaluation set."""
import random
import re

FRAGMENTS = [
    "提供机器视觉检测设备", "面向汽车零部件产线", "设备状态监测与运维服务", "传感器数据采集", "边缘计算网关",
    "工业机器人系统集成", "自动化产线改造", "防爆电气设备", "气体检测仪表", "红外热成像相机", "巡检报告自动生成",
    "特种钢材冶炼", "热处理工艺优化", "铸造工艺咨询", "精密加工服务", "金属3D打印", "表面涂层", "耐磨材料",
    "医疗信息化系统", "医院物联网", "康复训练器械", "检验试剂", "医疗数据平台", "健康管理服务",
    "制氢与储氢设备", "新能源车辆", "能源管理系统", "节能改造", "碳排放核算咨询", "余热利用",
    "无人机飞行服务", "航测与三维建模", "物流配送", "城市大数据平台", "交通管理系统", "燃气安全监测",
    "人工智能算法", "大模型应用开发", "知识库建设", "数字孪生可视化", "工业互联网平台", "5G网络建设",
    "芯片封装", "电子元器件", "电机与电控", "电缆制造", "农机装备", "冷链仓储", "电池回收", "中试试制",
    "无损检测服务", "化工工艺开发", "软件定制开发", "培训与咨询", "系统运维", "设备租赁",
]


def supply_texts(n: int, *, seed: int = 7, extra: list[str] | None = None) -> list[str]:
    """``n`` texts, each three to six fragments (from FRAGMENTS and from clauses of ``extra`` texts)."""
    rng = random.Random(seed)
    pool = list(FRAGMENTS)
    for text in extra or []:
        pool += [c for c in re.split(r"[。，、；]", text) if len(c) >= 4]
    return ["，".join(rng.sample(pool, rng.randint(3, 6))) + "。" for _ in range(n)]
