/*
================================================================================
filename  : wilayah-sample.sql (test fixture in the shape of cahyadsn/wilayah_boundaries)
desc      : a 'quoted' word; and a semicolon in a comment must not end anything
================================================================================
*/
-- first statement: upstream column order, backtick-quoted names
INSERT INTO wilayah_boundaries (`kode`,`nama`,`lat`,`lng`,`path`) VALUES
	 ('35.09.01.2001','Padomasan',-8.25,113.35,'[[[-8.20,113.30],[-8.20,113.40],[-8.30,113.40],[-8.30,113.30],[-8.20,113.30]],[[-8.24,113.34],[-8.24,113.36],[-8.26,113.36],[-8.26,113.34],[-8.24,113.34]]]'),
	 ('35.09.01.2002','Ta''aruf',NULL,NULL,'[[[[-8.20,113.50],[-8.20,113.60],[-8.30,113.60],[-8.20,113.50]]],[[[-8.20,113.70],[-8.20,113.80],[-8.30,113.80],[-8.20,113.70]]]]');
# second statement: another column order, a backslash-escaped quote, ; and ) inside the name
INSERT INTO wilayah_boundaries (path, kode, lng, lat, nama) VALUES
	 ('[[[-8.40,113.30],[-8.40,113.40],[-8.50,113.40],[-8.40,113.30]]]','35.09.01.2003',113.35,-8.45,'Jum\'at; (Pasar)'),
	 ('[[[113.30,-8.40],[113.40,-8.40],[113.40,-8.50],[113.30,-8.40]]]','35.09.01.2004',113.35,-8.45,'Swapped axes');
