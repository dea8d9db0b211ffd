"""Incidents: group the reports of one incident across sources and languages, reconcile them.

`cluster_reports(rows)` → groups of report ids; `reconcile(rows_of_one_group)` → the
incident's fields. A report row is `EventRecord.model_dump(mode="json")` plus `report_id`,
`doc_lang`, `doc_published`, `doc_source` and `doc_url` (docs/incidents.md).
"""

from rasd.incidents.cluster import ClusterParams, cluster_reports
from rasd.incidents.reconcile import reconcile

__all__ = ["ClusterParams", "cluster_reports", "reconcile"]
