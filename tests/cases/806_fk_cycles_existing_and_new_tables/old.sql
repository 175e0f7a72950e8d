-- foreign key cycles: existing tables get references to each other (dept <-> emp) and to themselves
-- (emp.manager); new tables reference each other (project <-> member, over a composite key) and a
-- table that exists; backward every one of them is dropped again
CREATE TABLE dept (id int PRIMARY KEY, head int);
CREATE TABLE emp (id int PRIMARY KEY, dept int, manager int);
