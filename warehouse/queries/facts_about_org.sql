-- Every fact whose subject is an organisation (by name or acronym), with its source sentence.
SELECT m.doc_id, m.metric, m.quantity, m.unit, m.as_of, m.sentence
FROM metrics m
JOIN entities e ON m.subject IN (e.name, e.acronym)
WHERE e.acronym = 'OASES'
ORDER BY m.as_of DESC;
