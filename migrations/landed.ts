/**
 * The checksum (sha256 of the file, LF line endings) of every landed migration: tests/unit/landed-migrations.test.ts
 * fails when one changes. A new migration gets its line here when it lands (the test prints the line to add).
 */
export const LANDED_MIGRATIONS: Record<string, string> = {
  '1764201600000-CreateUsersAndSessions.ts': '877aeede557121b0e22aefbc557021bca542a9d330e26059466e764b25e3b4d0',
  '1764288000000-CreateOrganisationsAndContacts.ts': '4f45b08b8d7e2edf096ed226796b3907ad54f94e99406f1856da83b3718eeca0',
  '1764374400000-CreateJourney.ts': '1be44ba8b8c606b6ad7cf7da452ca51c7995e647c96093ea0f0125a2e1b49f90',
  '1764460800000-CreateAssessmentsRecognitionsReferrals.ts': '7266b2ad70c350a099f22e56b1b7843b24cbf05cd53b3bd4a9243431446c2584',
  '1764547200000-CreateAuditTrail.ts': '86ac2bfef109bc64e92a3dc3db31656ba130165c5f3e3fbc444550b515e6f4aa',
  '1764633600000-AddReportIndexes.ts': '9a40e1fc4d69de3f6aa7818e973298c38c0e8d1ea0267f0d21d02a81e9c92aa2',
  '1764720000000-AddSearchColumns.ts': '49eeb13dc0f817343a3c6c1901aa6506dc3126e380783f49b4c9348d71a9a395',
  '1764806400000-AddOverviewIndexes.ts': 'a2294f3ad537ff7e9fe5999a99fa99d89eef02e2475e8c2ecc62fddf1f8abd06',
  '1764892800000-AddCaseMilestones.ts': '81d4b7be1180e8ce950594201e994b0c313170daed7e5fa0353f2350cc77cc4f',
  '1764980000000-RepairAuditQuietColumns.ts': 'b98a60b99e5b3de209a48149fccaf2407b43d923a1c07885d167a1dc6bf3b366',
  '1765000000000-EraseByStringLeaves.ts': '5f8c69a8d623a5a9bfb14e7faa808b0152d073aeef23cbffe21bf18c1dd4cbda',
  '1765100000000-RecognitionClocks.ts': '66ab94db2c37a88358f2e86af70462a81847a4f1dbe888f9a4c56ae300f5781e',
  '1765100000002-ReferralPartners.ts': 'a8e678efa60552fdbd0eee33a11437bc5d9a00788a80e66963ff1c9cbe64fee9',
  '1765100000001-EmesRulesVersion.ts': 'c2821e86ac2c745e396ed228176ae03f486898e26cb0b6bdc596c791181f716f',
  '1765300000000-CreateOutboxAndNotifications.ts': 'bce1162bef1048009e89534e7a7774b9f0c82ff1b99a903ef732e976ac2dcbd4',
  '1765400000000-AddSessionDetails.ts': 'a498e2d3699fc4f629909ec3dba721b8b181bb9085ff9a12989f485166402fb8',
  '1765410000000-AddSecondFactor.ts': '12ea8620d10fab39eae9e0b109ef35f3bd391483859c6750705b19f3ffc50cbf',
  '1765420000000-AddProviderIdentity.ts': '15838e7086c42eaa39f92d94cb8c0c68ab4b5fe9fb92cc0f3831ab3f79a08f1e',
  '1765500000000-CreateDocuments.ts': '50f4efa53ef7dfd540a5effa725f9e051728279de05fcdec4e09a03f158b83a1',
  '1765600000000-CreateKbo.ts': '78d33e290a5c591849852d0d57910a09e82ee19cfd09f496c77c07a4312252ef',
  '1765600100000-AddMergesAndDuplicateDismissals.ts': '983fa44349540de866e9a10d867cf6259467faacce4fac5d6e873fb650ebdd0d',
  '1765700000000-CreateIntakes.ts': '9a63fb93ff36628039ffd0f0d33ebee91253f11acb3f93106f59efd677443582',
};
