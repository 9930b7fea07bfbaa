"""企业诉求: enterprise demands (最多找一人, 问题终结者), 包保 and visits, arrears, policies and the enterprise portal."""
