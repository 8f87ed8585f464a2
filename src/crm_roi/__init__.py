"""crm-roi: a Dutch assistant that builds the business case for a CRM system."""

__version__ = "0.1.0"
