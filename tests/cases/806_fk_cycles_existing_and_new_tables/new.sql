CREATE TABLE dept (id int PRIMARY KEY, head int);
CREATE TABLE emp (id int PRIMARY KEY, dept int REFERENCES dept (id), manager int REFERENCES emp (id));
ALTER TABLE dept ADD CONSTRAINT dept_head_fkey FOREIGN KEY (head) REFERENCES emp (id) DEFERRABLE;
CREATE TABLE project (id int PRIMARY KEY, lead int, parent int REFERENCES project);
CREATE TABLE member (project int REFERENCES project, emp int REFERENCES emp, PRIMARY KEY (project, emp));
ALTER TABLE project ADD CONSTRAINT project_lead_fkey FOREIGN KEY (lead, id) REFERENCES member (emp, project);
