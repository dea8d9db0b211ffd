"""From a document's mention layers to EventRecords: segment into incidents, then
resolve each incident's type, actors, figures, place, claims and notes."""
