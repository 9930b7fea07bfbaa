"""数智绿色转型: 附件3: diagnoses, 智改数转 projects, smart and green factory ratings, cases, solutions and the 场景指南."""
