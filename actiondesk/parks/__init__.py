"""产业园区: the zone's industrial parks, their buildings and land parcels (标准地, 七通一平)."""
