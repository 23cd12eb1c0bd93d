-- The nine employment units (unités emploi) of the Loire-Atlantique insertion service.
INSERT INTO employment_unit (code, name, commune_insee) VALUES
 ('NANTES-NORD',    'Unité emploi Nantes Nord – Orvault',            '44114'),
 ('NANTES-SUD',     'Unité emploi Nantes Sud – Rezé',                '44143'),
 ('NANTES-OUEST',   'Unité emploi Nantes Ouest – Saint-Herblain',    '44162'),
 ('NANTES-EST',     'Unité emploi Nantes Est – Erdre et Carquefou',  '44026'),
 ('SAINT-NAZAIRE',  'Unité emploi Saint-Nazaire – Estuaire',         '44184'),
 ('PRESQU-ILE',     'Unité emploi Presqu''île guérandaise',          '44069'),
 ('CHATEAUBRIANT',  'Unité emploi Châteaubriant – Nord Loire',       '44036'),
 ('ANCENIS',        'Unité emploi Ancenis – Pays d''Ancenis',        '44003'),
 ('PAYS-DE-RETZ',   'Unité emploi Pays de Retz – Vignoble',          '44131');
