"""金融服务: 金融+: guidance funds and their investments, 政银企对接 and loans, the 风险补偿资金池, the listing ladder."""
