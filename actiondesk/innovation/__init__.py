"""科技创新与场景: 科技成果, platforms, 路演/对接 events, technology contracts, the 场景项目库 with matching, the talent map."""
