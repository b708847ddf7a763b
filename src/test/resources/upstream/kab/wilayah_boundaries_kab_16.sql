/* test fixture in the upstream format: [lat,lng] paths */
INSERT INTO wilayah_boundaries (kode,nama,lat,lng,path) VALUES
	 ('16.07','Kabupaten Banyuasin',-2.6,104.7,'[[[-3.2,104.5],[-3.2,105.2],[-2.2,105.2],[-2.2,104.5],[-3.2,104.5]]]');
