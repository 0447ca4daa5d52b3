-- The force's structure as reference data: neighbourhood policing units (one per local authority,
-- each with its community safety partnership), their wards, the partner agencies that serve them
-- and the response teams whose supervisors release officers for rotations.
-- Camunda groups are derived from these rows at start-up (see organisation.OrganisationGroups).

create table area (
    code           varchar(40)  not null primary key,
    reference_code varchar(3)   not null unique,
    name           varchar(100) not null
);

create table ward (
    code      varchar(60)  not null primary key,
    area_code varchar(40)  not null references area (code),
    name      varchar(100) not null,
    constraint ward_name_unique_in_area unique (area_code, name)
);

create table partner_agency (
    code      varchar(60)  not null primary key,
    name      varchar(150) not null,
    kind      varchar(40)  not null,
    area_code varchar(40)  not null references area (code)
);

create table response_team (
    code      varchar(60)  not null primary key,
    name      varchar(100) not null,
    area_code varchar(40)  not null references area (code)
);

insert into area (code, reference_code, name) values
    ('birmingham',    'BIR', 'Birmingham'),
    ('coventry',      'COV', 'Coventry'),
    ('dudley',        'DUD', 'Dudley'),
    ('sandwell',      'SAN', 'Sandwell'),
    ('solihull',      'SOL', 'Solihull'),
    ('walsall',       'WAL', 'Walsall'),
    ('wolverhampton', 'WOL', 'Wolverhampton');

insert into ward (code, area_code, name) values
    ('birmingham-aston',           'birmingham', 'Aston'),
    ('birmingham-lozells',         'birmingham', 'Lozells'),
    ('birmingham-handsworth',      'birmingham', 'Handsworth'),
    ('birmingham-nechells',        'birmingham', 'Nechells'),
    ('birmingham-small-heath',     'birmingham', 'Small Heath'),
    ('birmingham-erdington',       'birmingham', 'Erdington'),
    ('birmingham-ladywood',        'birmingham', 'Ladywood'),
    ('coventry-foleshill',         'coventry', 'Foleshill'),
    ('coventry-st-michaels',       'coventry', 'St Michael''s'),
    ('coventry-upper-stoke',       'coventry', 'Upper Stoke'),
    ('coventry-radford',           'coventry', 'Radford'),
    ('coventry-lower-stoke',       'coventry', 'Lower Stoke'),
    ('coventry-longford',          'coventry', 'Longford'),
    ('coventry-earlsdon',          'coventry', 'Earlsdon'),
    ('dudley-brierley-hill',       'dudley', 'Brierley Hill'),
    ('dudley-netherton',           'dudley', 'Netherton, Woodside and St Andrews'),
    ('dudley-castle-and-priory',   'dudley', 'Castle and Priory'),
    ('dudley-kingswinford-north',  'dudley', 'Kingswinford North and Wall Heath'),
    ('sandwell-west-bromwich',     'sandwell', 'West Bromwich Central'),
    ('sandwell-soho-and-victoria', 'sandwell', 'Soho and Victoria'),
    ('sandwell-tipton-green',      'sandwell', 'Tipton Green'),
    ('sandwell-smethwick',         'sandwell', 'Smethwick'),
    ('solihull-chelmsley-wood',    'solihull', 'Chelmsley Wood'),
    ('solihull-kingshurst',        'solihull', 'Kingshurst and Fordbridge'),
    ('solihull-smiths-wood',       'solihull', 'Smith''s Wood'),
    ('solihull-shirley-west',      'solihull', 'Shirley West'),
    ('walsall-st-matthews',        'walsall', 'St Matthew''s'),
    ('walsall-blakenall',          'walsall', 'Blakenall'),
    ('walsall-birchills-leamore',  'walsall', 'Birchills Leamore'),
    ('walsall-pleck',              'walsall', 'Pleck'),
    ('wolverhampton-st-peters',    'wolverhampton', 'St Peter''s'),
    ('wolverhampton-heath-town',   'wolverhampton', 'Heath Town'),
    ('wolverhampton-east-park',    'wolverhampton', 'East Park'),
    ('wolverhampton-bilston-east', 'wolverhampton', 'Bilston East');

insert into partner_agency (code, name, kind, area_code) values
    ('birmingham-council-asb',     'Birmingham City Council ASB team',            'COUNCIL_ASB', 'birmingham'),
    ('birmingham-council-housing', 'Birmingham City Council Housing',             'HOUSING',     'birmingham'),
    ('coventry-council-asb',       'Coventry City Council ASB team',              'COUNCIL_ASB', 'coventry'),
    ('citizen-housing',            'Citizen (housing association, Coventry)',     'HOUSING',     'coventry'),
    ('dudley-council-asb',         'Dudley Council ASB team',                     'COUNCIL_ASB', 'dudley'),
    ('sandwell-council-asb',       'Sandwell Council ASB team',                   'COUNCIL_ASB', 'sandwell'),
    ('solihull-council-asb',       'Solihull Council ASB team',                   'COUNCIL_ASB', 'solihull'),
    ('walsall-council-asb',        'Walsall Council ASB team',                    'COUNCIL_ASB', 'walsall'),
    ('wolverhampton-council-asb',  'City of Wolverhampton Council ASB team',      'COUNCIL_ASB', 'wolverhampton');

insert into response_team (code, name, area_code) values
    ('birmingham-response-a',    'Birmingham Response Team A',    'birmingham'),
    ('birmingham-response-b',    'Birmingham Response Team B',    'birmingham'),
    ('coventry-response-a',      'Coventry Response Team A',      'coventry'),
    ('coventry-response-b',      'Coventry Response Team B',      'coventry'),
    ('dudley-response-a',        'Dudley Response Team A',        'dudley'),
    ('sandwell-response-a',      'Sandwell Response Team A',      'sandwell'),
    ('solihull-response-a',      'Solihull Response Team A',      'solihull'),
    ('walsall-response-a',       'Walsall Response Team A',       'walsall'),
    ('wolverhampton-response-a', 'Wolverhampton Response Team A', 'wolverhampton');
