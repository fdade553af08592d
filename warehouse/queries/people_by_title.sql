-- People by role, across releases.
SELECT title, name, honorific, organisation, count(*) AS releases
FROM people WHERE title IS NOT NULL GROUP BY ALL ORDER BY releases DESC, title;
