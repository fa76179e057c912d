-- article_sentences: sentence and paragraph boundaries, positions.

-- Abbreviations, initials and acronyms that do not end a sentence.
SELECT * FROM article_sentences('Defence Minister Gen. Sergei Shoigu met Sen. Ana Ruiz on Tuesday. They spoke for an hour.');
SELECT * FROM article_sentences('The U. N. Security Council met again. The vote was close.');
SELECT * FROM article_sentences('The train left at 08. 30 on Monday. Nobody was hurt.');
SELECT * FROM article_sentences('Mr. Smith arrived at 9 a.m. Monday and left at 5 p.m. on Friday.');
SELECT * FROM article_sentences('The U.S. Army and the U.K. Royal Navy joined the drill.');

-- Sentence ends that a careless splitter misses.
SELECT * FROM article_sentences('The minister said.The talks will resume next week.');
SELECT * FROM article_sentences('He worked for the U.S. Officials said the talks failed.');
SELECT * FROM article_sentences('"We will win," she said. "Really?" he asked! Nobody answered...');

-- Paragraphs: blank lines, a headline above the text.
SELECT * FROM article_sentences(E'Storm hits the coast\n\nThe storm reached the coast at dawn. Power failed.\n\nRepairs began on Friday.');

-- Sentences in other scripts, and positions in characters.
\pset format unaligned
SELECT * FROM article_sentences('東京で会議が開かれた。結論は出なかった。 Café déjà vu. 😀 Fin.');
\pset format aligned

-- Every sentence is exactly the text at its positions, sentences are
-- numbered 1, 2, 3... in text order, and every token lies inside its sentence.
CREATE TABLE articles (id int PRIMARY KEY, body text NOT NULL);
INSERT INTO articles VALUES
  (1, E'WASHINGTON (Reuters) - The U.S. Senate passed the bill on Tuesday. "It is a good day," said Sen. Maria Lopez.\n\nThe vote was 61-39. Critics, including Gov. John Park of Calif., called it rushed; they plan to appeal.'),
  (2, E'Dr. Ana Ruiz (Ph.D., M.I.T.) said prices rose 3.5% in Jan. 2024 vs. Dec.\nShe expects more.\n\n\n¿Qué pasará? Nadie lo sabe. 👍🏽 Großartig!'),
  (3, E'第一段落です。二文目です。\n\n第二段落。Mixed with English. Done.');

SELECT a.id, count(*) AS sentences, max(paragraph_no) AS paragraphs,
       bool_and(substr(a.body, s.start_pos, s.end_pos - s.start_pos) = s.sentence) AS round_trip
FROM articles a, article_sentences(a.body) s
GROUP BY a.id ORDER BY a.id;

SELECT id,
       bool_and(sentence_no = rn) AS numbered,
       bool_and(start_pos >= coalesce(prev_end, 1)) AS ordered,
       bool_and(paragraph_no >= coalesce(prev_paragraph, 1)) AS paragraphs_ordered
FROM (SELECT a.id, s.*,
             row_number() OVER w AS rn,
             lag(s.end_pos) OVER w AS prev_end,
             lag(s.paragraph_no) OVER w AS prev_paragraph
      FROM articles a, article_sentences(a.body) s
      WINDOW w AS (PARTITION BY a.id ORDER BY s.sentence_no)) x
GROUP BY id ORDER BY id;

SELECT a.id,
       bool_and(t.start_pos >= s.start_pos AND t.end_pos <= s.end_pos) AS tokens_inside,
       count(*) = (SELECT count(*) FROM article_tokens(a.body)) AS every_token_placed
FROM articles a, article_tokens(a.body) t
JOIN article_sentences(a.body) s USING (sentence_no)
GROUP BY a.id ORDER BY a.id;

SELECT sentence_no, paragraph_no, sentence FROM article_sentences((SELECT body FROM articles WHERE id = 1));
\pset format unaligned
SELECT sentence_no, paragraph_no, sentence FROM article_sentences((SELECT body FROM articles WHERE id = 2));
\pset format aligned

-- Empty and blank text give no rows; NULL gives no rows (STRICT).
SELECT count(*) FROM article_sentences('');
SELECT count(*) FROM article_sentences(E'\n\n  \n');
SELECT count(*) FROM article_sentences(NULL);

-- One sentence without a final period.
SELECT * FROM article_sentences('no period here');

DROP TABLE articles;
