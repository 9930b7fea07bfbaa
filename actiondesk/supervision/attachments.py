"""Checks on uploaded attachments; they moved to core so milestone evidence (plans) shares them."""
from actiondesk.core.attachments import MAGIC, MAX_ATTACHMENT_BYTES, OLE, ZIP, attachment_problem

__all__ = ["MAGIC", "MAX_ATTACHMENT_BYTES", "OLE", "ZIP", "attachment_problem"]
