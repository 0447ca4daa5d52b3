-- The text the good-practice library searches, written once when a plan closes: the problem, the
-- analysis, the actions and their tactics, the outcome and the lessons.
alter table pmp add column library_text varchar(20000);
