-- Latest value of every tracked metric per subject.
SELECT metric, subject, as_of, value, qualifier, value_low, value_high, unit, doc_ids
FROM metric_timeseries
QUALIFY row_number() OVER (PARTITION BY metric, subject ORDER BY as_of DESC) = 1
ORDER BY metric;
