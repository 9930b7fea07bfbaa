"""链长制: 链长制 at work: chain plans (一链一计划一政策), the chain leader's docket and meetings."""
