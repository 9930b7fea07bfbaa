"""The words around a figure that make it a commitment or compare it: verbs of making or doing (建成, 培育…),
comparison words before it (不少于, 超过…) and after it (以上, 以内…), and the measure words a count of built things takes."""

import re

from .target_durations import CUT_TO
from .target_floors import NEGATED_COMPARATORS

VERB = re.compile(
    r"实现|新增|培育|签约|完成|加快|引进|引育|形成|建设|建成|构建|举办|推动|推进|达到|达|打造|创建|组建|认定|"
    r"获批|新建|开工|竣工(?!验收|资料|决算|备案)|投产|落地|招引|争创|提升|提高|增长|增加|突破|超过|不少于|不低于|力争|确保|争取|"
    r"开展|组织|遴选|挖掘|验证|支持|扶持|发展|新培育|储备|改造|吸引|入驻|认证|申报|服务|帮助|对接|推出|培养|选派|选拔|评选|选取|资助|培训|筹建|设立|修复|解决|"
    r"成立|补建|改建|扩建|配置|设置|连接|开通|种植|栽植|补植|赋能|更新(?!的)|布设|发布(?!会)|保证(?!金)|(?<!中国)联通(?![公集分、，,和等])|"
    r"集聚|汇聚|聚集|招收|招录|招聘|制修订|修订|建立|命名|上线|引导|带动|促进|推介|展示|"
    r"收集|采集|归集|汇集|接入|核准(?!的)"  # "累计收集150万例…数据", "接入全省120多家…景区": data gathered and sources joined;
    # "核准1个以上抽水蓄能电站项目": projects approved
)
# "实施7公里燃气老化管道改造": work carried out is committed too, but 实施 does not undo the exceptions below
# (实施百名人才计划 names a programme; 实施面积4.5平方公里 describes a place).
# "落实1-2个…利用项目": work carried out is committed too; "落实每个居住区4处…公示" states a norm for each case;
# 试点 and 推荐 right before the figure are verbs ("每个片区试点一个以上…街区", "推荐10名…人才"), and so are 生成 and
# 策划 ("全年策划生成6个产业招商项目"; "报告生成等5项能力" names abilities).
# "召开1场以上全市现场会", "梳理出50个…产品": meetings held and lists drawn up are work committed to as well.
# "制定50项以上团体标准", "更换2万块智能水表", "优化升级50家孵化基地", "查处10起以上违法行为", "评定20个…主体",
# "开发150课时以上…课程", "梳理80种以上…清单": standards written, things replaced or upgraded, cases handled, bodies
# rated and courses made are work committed to too.
COMMITS = re.compile(VERB.pattern + r"|实施|召开|梳理出|提供|派发"  # "2023年成功上市1家企业" below
                     r"|(?:落实|试点|推荐|生成|策划|布局|制定|更换|升级|查处|评定|开发|梳理|上市)(?=\s*$)")
GOAL_AFTER = re.compile(
    r"的(?:工作)?(?:目标|指标|要求)|目标\s*$"
)  # "完成…50％的指标", "…75%的要求", "…6000家、高新技术企业1500家目标": a figure called a goal
# "成为…货物出境达1000万票的优势口岸": a figure reached in what the plan sets out to become is a goal, though it stands
# in a modifier before its noun ("年销售收入达1亿元的企业" alone describes the firms a rule is about).
BECOMING_REACH = re.compile(r"成为[^，,；;。]*?(?:达到|达|突破|超过|超)\s*$")
SUFFIX = re.compile(r"^\s*(及以上|以上|以下|以内|之内|左右|上下)")
SUFFIX_COMPARATOR = {
    "及以上": ">=",
    "以上": ">=",
    "以下": "<=",
    "以内": "<=",
    "之内": "<=",
    "左右": "≈",
    "上下": "≈",
}
# "签约5个产业项目", "预约10家企业": 约 is "about" only before a figure, not the end of a verb (签约, 预约, 节约, 履约…).
VERB_ENDING_IN_YUE = "签预节履制违邀相特集契"
# "力争恩格尔系数稳步下降至29%", "PM2.5浓度降至35微克/立方米": a level the plan brings down to is a cap, as 控制在.
# "对于…金额50万元（含）以上", "对年度零售额增速超过…的限上单位": a clause opened by 对 (or 对于) names a case, not 对接, 对标,
# 对照, 对外, 对口, 对话 (target_conditions, target_shapes).
FOR_CASE = re.compile(r"\s*对(?:于)?(?![接标照外口话])")
FALL_TO = {word: "<=" for word in ("下降至", "下降到", "降低至", "降低到", "降至", "降到", "减少至", "减少到")}
PREFIX = re.compile(
    "("
    + "|".join(NEGATED_COMPARATORS)
    + "|"
    + "|".join(CUT_TO)
    + "|"
    + "|".join(FALL_TO)
    + r"|不少于|不低于|至少|力争达到|达到|超过|突破|多于|高于|不超过|不高于|控制在|低于|少于|大约|"
    + rf"(?<![{VERB_ENDING_IN_YUE}])约|(?<=数据集)约|近|达|超|≤|≥)\s*$"  # "城市图像数据集约900TB": 数据集, then 约
)
PREFIX_COMPARATOR = {
    "不少于": ">=",
    "不低于": ">=",
    "至少": ">=",
    "力争达到": ">=",
    "达到": ">=",
    "达": ">=",
    # 超过/突破 N: a plan means "N or more" (issue 13's reading), as 以上/不少于/力争 do.
    "超过": ">=",
    "突破": ">=",
    "超": ">=",
    "多于": ">",
    "高于": ">=",
    "不超过": "<=",
    "不高于": "<=",
    "控制在": "<=",
    "低于": "<",
    "少于": "<",
    "大约": "≈",
    "约": "≈",
    "近": "≈",
    "≤": "<=",
    "≥": ">=",  # "垃圾盖度≤5‰": a cap or a floor written with the sign
} | NEGATED_COMPARATORS
PREFIX_COMPARATOR |= FALL_TO
PREFIX_COMPARATOR |= CUT_TO  # "审批时限压缩至90个工作日以内": a cap the time is brought down to
COUNTED = {"个", "座", "家", "项", "处", "所", "条", "名", "场", "场次", "台", "套", "户", "株"}
