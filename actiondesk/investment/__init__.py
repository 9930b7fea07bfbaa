"""招商引资: the 招商 pipeline per chain: leads from 线索 to 签约, each signed lead linked to its ledger project."""
