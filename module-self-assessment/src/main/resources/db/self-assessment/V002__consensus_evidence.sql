-- The consensus on an element keeps the evidence the team agreed shows it, beside the notes of its discussion.
ALTER TABLE sa_consensus ADD COLUMN evidence VARCHAR(4000);
