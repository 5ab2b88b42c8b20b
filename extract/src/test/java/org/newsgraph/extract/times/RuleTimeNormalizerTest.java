package org.newsgraph.extract.times;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.TimeType;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Token;

class RuleTimeNormalizerTest {
  private static final LocalDate TUESDAY_11_JAN_2022 = LocalDate.of(2022, 1, 11);
  private final RuleTimeNormalizer normalizer = new RuleTimeNormalizer();

  @Test
  void weekday_pastTense_isTheDayBeforePublication() {
    TimeValue monday = only("The rebels met officials in Tehran on Monday.", TUESDAY_11_JAN_2022, "Monday");
    assertEquals("2022-01-10", monday.value());
    assertEquals(TimeType.DATE, monday.type());
    assertEquals("2022-01-11", monday.anchor());
    assertEquals("day", monday.granularity());
  }

  @Test
  void clock_endingItsSentence_hasNoDayAfterIt() {
    // live-blog timestamps: a paragraph that is nothing but "2:45 p.m."
    TimeValue stamp = only("2:45 p.m.", TUESDAY_11_JAN_2022, "2:45 p.m.");
    assertEquals(TimeType.TIME, stamp.type());
    assertEquals("2022-01-11T14:45", stamp.value());
  }

  @Test
  void weekday_futureTense_isTheNextOne() {
    assertEquals("2022-01-17", only("The ministers will meet on Monday.", TUESDAY_11_JAN_2022, "Monday").value());
    assertEquals("2022-01-14", only("The talks are expected to end Friday.", TUESDAY_11_JAN_2022, "Friday").value());
  }

  @Test
  void weekday_sameDayAsPublication_isThePublicationDate() {
    assertEquals("2022-01-11", only("Officials said on Tuesday that talks failed.", TUESDAY_11_JAN_2022,
        "Tuesday").value());
  }

  @Test
  void weekday_writtenOnTuesdaySecondJanuary_crossesTheYearBoundary() {
    LocalDate tuesday2Jan2024 = LocalDate.of(2024, 1, 2);
    assertEquals("2024-01-01", only("Talks ended on Monday.", tuesday2Jan2024, "Monday").value());
    assertEquals("2023-12-29", only("Talks began on Friday.", tuesday2Jan2024, "Friday").value());
    assertEquals("2023", only("Prices rose last year.", tuesday2Jan2024, "last year").value());
    assertEquals("2023-12", only("Prices rose in December.", tuesday2Jan2024, "December").value());
  }

  @Test
  void weekdayRange_isOneWeekend() {
    List<TimeValue> times = times("Fighting continued on Saturday and Sunday.", TUESDAY_11_JAN_2022);
    assertEquals(2, times.size());
    assertEquals("2022-01-08", times.get(0).value());
    assertEquals("2022-01-09", times.get(1).value());
    List<TimeValue> ahead = times("The teams will play on Sunday and Monday.", LocalDate.of(2022, 1, 14));
    assertEquals("2022-01-16", ahead.get(0).value());
    assertEquals("2022-01-17", ahead.get(1).value());
  }

  @Test
  void weekend_pastByDefault_isTheLastWeekendAsIsoWeek() {
    TimeValue weekend = only("The militias met over the weekend.", TUESDAY_11_JAN_2022, "the weekend");
    assertEquals("2022-W01-WE", weekend.value());
    assertEquals("week", weekend.granularity());
  }

  @Test
  void thisWeek_isTheIsoWeek_alsoAcrossTheYearBoundary() {
    assertEquals("2022-W02", only("Talks resume this week.", TUESDAY_11_JAN_2022, "this week").value());
    assertEquals("2020-W53", only("Talks resume this week.", LocalDate.of(2021, 1, 1), "this week").value());
    assertEquals("2022-W01", only("Talks ended last week.", TUESDAY_11_JAN_2022, "last week").value());
  }

  @Test
  void yearsMonthsAndDeictics_relativeToPublication() {
    assertEquals("2021", only("Prices rose last year.", TUESDAY_11_JAN_2022, "last year").value());
    assertEquals("2023", only("Prices will rise next year.", TUESDAY_11_JAN_2022, "next year").value());
    assertEquals("2021-12", only("Prices rose last month.", TUESDAY_11_JAN_2022, "last month").value());
    assertEquals("2022-01-10", only("Prices rose yesterday.", TUESDAY_11_JAN_2022, "yesterday").value());
    assertEquals("2022-01-12", only("Prices will rise tomorrow.", TUESDAY_11_JAN_2022, "tomorrow").value());
    assertEquals("PRESENT_REF", only("Prices are high now.", TUESDAY_11_JAN_2022, "now").value());
  }

  @Test
  void ago_countsBackFromPublication_vagueOnesArePastRef() {
    assertEquals("2022-01-09", only("They met two days ago in Iran.", TUESDAY_11_JAN_2022, "two days ago").value());
    assertEquals("2019", only("They met three years ago.", TUESDAY_11_JAN_2022, "three years ago").value());
    assertEquals("PAST_REF", only("They met a few days ago in Iran.", TUESDAY_11_JAN_2022, "a few days ago").value());
  }

  @Test
  void midMonth_isTheMostRecentOneBeforePublication() {
    TimeValue august = only("The Taliban came to power in mid-August.", TUESDAY_11_JAN_2022, "mid-August");
    assertEquals("2021-08", august.value());
    assertEquals("month", august.granularity());
    assertEquals("2022-08", only("Elections will be held in August.", TUESDAY_11_JAN_2022, "August").value());
  }

  @Test
  void decadesAndCenturies() {
    TimeValue nineties = only("It has been a stronghold since the late 1990s.", TUESDAY_11_JAN_2022,
        "the late 1990s");
    assertEquals("199X", nineties.value());
    assertEquals("decade", nineties.granularity());
    assertEquals("19", only("It was built in the 20th century.", TUESDAY_11_JAN_2022, "the 20th century").value());
  }

  @Test
  void quartersAndFiscalYears() {
    LocalDate october1989 = LocalDate.of(1989, 10, 26);
    assertEquals("1989-Q3", only("Profit fell in the third quarter.", october1989, "the third quarter").value());
    assertEquals("1989", only("In fiscal 1989, the company earned $17 million.", october1989, "fiscal 1989").value());
    assertEquals("1990-Q1", only("Sales rose in the first quarter of 1990.", october1989,
        "the first quarter of 1990").value());
    assertEquals("1989-Q3", only("Profit fell in the quarter.", october1989, "the quarter").value());
    // a fourth quarter named in February is last year's
    assertEquals("1997-Q4", only("Fourth-quarter profit rose.", LocalDate.of(1998, 2, 6), "Fourth-quarter").value());
  }

  @Test
  void durationsAndSets() {
    TimeValue days = only("The fighting lasted three days.", TUESDAY_11_JAN_2022, "three days");
    assertEquals(TimeType.DURATION, days.type());
    assertEquals("P3D", days.value());
    assertEquals("PXW", only("In recent weeks, talks stalled.", TUESDAY_11_JAN_2022, "recent weeks").value());
    assertEquals("PT2H", only("A two-hour meeting followed.", TUESDAY_11_JAN_2022, "two-hour").value());
    assertEquals("P9M", only("Sales rose in the first nine months.", TUESDAY_11_JAN_2022,
        "the first nine months").value());
    TimeValue daily = only("The agency publishes daily reports.", TUESDAY_11_JAN_2022, "daily");
    assertEquals(TimeType.SET, daily.type());
    assertEquals("P1D", daily.value());
    assertEquals("XXXX-WXX-4", only("They meet every Thursday.", TUESDAY_11_JAN_2022, "every Thursday").value());
  }

  @Test
  void durations_withAHalf_writeTheHalfInTheNextUnit() {
    // the tokenizer keeps a mixed fraction in one token
    assertEquals("P2Y6M", only("They lived in camps for 2 1/2 years.", TUESDAY_11_JAN_2022, "2 1/2 years").value());
    assertEquals("PT5H30M", only("She spent 5 1/2 hours in Nairobi.", TUESDAY_11_JAN_2022, "5 1/2 hours").value());
    TimeValue later = only("But a minute and a half later, a pilot called.", TUESDAY_11_JAN_2022,
        "a minute and a half");
    assertEquals(TimeType.DURATION, later.type());
    assertEquals("PT1M30S", later.value());
  }

  @Test
  void durations_withMoreOrLong_keepTheirCount() {
    assertEquals("P2W", only("He will stay for two more weeks.", TUESDAY_11_JAN_2022, "two more weeks").value());
    assertEquals("P1Y", only("The loan may be extended for an additional year.", TUESDAY_11_JAN_2022,
        "an additional year").value());
    TimeValue dayLong = only("They emerged from their third day-long meeting.", TUESDAY_11_JAN_2022, "day-long");
    assertEquals(TimeType.DURATION, dayLong.type());
    assertEquals("P1D", dayLong.value());
    assertEquals("PXY", only("It was the decades-long battle.", TUESDAY_11_JAN_2022, "decades-long").value());
    assertEquals("PXC", only("The city was ruled for centuries.", TUESDAY_11_JAN_2022, "centuries").value());
    assertEquals("P1D", only("They held a day-long meeting.", TUESDAY_11_JAN_2022, "a day-long").value());
    // more without a unit after it is no part of a length
    assertEquals("P2D", only("It took two days more.", TUESDAY_11_JAN_2022, "two days").value());
  }

  @Test
  void clockUnits_laterOrEarlier_areTheLengthWithoutTheWord() {
    TimeValue hour = only("An hour later, he was declared dead.", TUESDAY_11_JAN_2022, "An hour");
    assertEquals(TimeType.DURATION, hour.type());
    assertEquals("PT1H", hour.value());
  }

  @Test
  void count_ofAQuotedTitle_isNoLength() {
    TimeValue sunday = only("He said on \"60 Minutes\" that he met them on Sunday.", TUESDAY_11_JAN_2022, "Sunday");
    assertEquals("2022-01-09", sunday.value());
  }

  @Test
  void secondDayOfTheSameMonth_afterAnd_isADate_butACountIsNot() {
    List<TimeValue> summit = times("The summit will be held on April 24 and 25.", LocalDate.of(1999, 2, 10));
    assertEquals(2, summit.size());
    assertEquals("1999-04-24", summit.get(0).value());
    assertEquals("25", summit.get(1).span().text());
    assertEquals("1999-04-25", summit.get(1).value());
    assertEquals(TimeType.DATE, summit.get(1).type());
    assertEquals(1, times("On April 24 and 25 others were hurt.", LocalDate.of(1999, 5, 10)).size());
  }

  @Test
  void electionDay_isTheTuesdayAfterTheFirstMondayOfNovember() {
    assertEquals("1998-11-03", only("The campaign will run until Election Day.", LocalDate.of(1998, 10, 26),
        "Election Day").value());
    // 1 November 2022 was a Tuesday: the election fell a week later
    assertEquals("2022-11-08", only("He won on Election Day.", LocalDate.of(2022, 11, 20), "Election Day").value());
  }

  @Test
  void dayOfMonth_monthsAheadInAPastTenseClause_isLastYears_butWeeksAheadIsToCome() {
    assertEquals("1998-10-23", only("Police searched for him after the Oct. 23 slaying.", LocalDate.of(1999, 5, 6),
        "Oct. 23").value());
    assertEquals("1989-12-07", only("The board declared a dividend payable Dec. 7.", LocalDate.of(1989, 10, 27),
        "Dec. 7").value());
  }

  @Test
  void namesAndIdioms_thatLookLikeTimes_areNotTimes() {
    assertTrue(times("Protesters joined the annual March for Life in Washington.", TUESDAY_11_JAN_2022).isEmpty());
    assertTrue(times("She led the March of the Combatant Mothers.", TUESDAY_11_JAN_2022).isEmpty());
    assertEquals("2021-03", only("He stepped down in March for health reasons.", TUESDAY_11_JAN_2022, "March")
        .value());
    assertTrue(times("For Poland, high noon comes.", TUESDAY_11_JAN_2022).isEmpty());
    assertTrue(times("She married him when he was in his 30s.", TUESDAY_11_JAN_2022).isEmpty());
    assertEquals("193X", only("Prices fell in the 1930s.", TUESDAY_11_JAN_2022, "the 1930s").value());
  }

  @Test
  void weekday_couldWithANegativeSubject_looksBack() {
    // "neither ... could be located Wednesday": could not, which reports the past
    assertEquals("2022-01-05", parsed("Neither he nor she could be located Wednesday.", TUESDAY_11_JAN_2022,
        "1:cc:preconj 6:nsubj:pass 3:cc 1:conj 6:aux 6:aux:pass -1:root 6:obl:tmod 6:punct").get(0).value());
    assertEquals("2022-01-12", parsed("He could be located Wednesday.", TUESDAY_11_JAN_2022,
        "3:nsubj:pass 3:aux 3:aux:pass -1:root 3:obl:tmod 3:punct").get(0).value());
  }

  @Test
  void timesOfDay_keepTheWrittenClockAndZone() {
    TimeValue blast = only("The blast occurred at 10:35 a.m. in Nairobi.", TUESDAY_11_JAN_2022, "10:35 a.m.");
    assertEquals(TimeType.TIME, blast.type());
    assertEquals("2022-01-11T10:35", blast.value());
    // the zone is part of the expression; the clock stays as written, on the day it names
    assertEquals("2022-01-05T22:00", only("The vote closed at 10 p.m. EST Wednesday.", TUESDAY_11_JAN_2022,
        "10 p.m. EST Wednesday").value());
    assertEquals("2022-01-10TNI", only("Shots were heard last night.", TUESDAY_11_JAN_2022, "last night").value());
  }

  @Test
  void anchoredDates_countFromTheLastDateOfTheText() {
    List<TimeValue> times = times("The talks began on Jan. 3, 2022. Two days later, they collapsed.",
        TUESDAY_11_JAN_2022);
    TimeValue later = find(times, "Two days later");
    assertEquals("2022-01-05", later.value());
    assertEquals("2022-01-03", later.anchor());
  }

  @Test
  void leapYears() {
    assertEquals("2024-02-29", only("The deal was signed on Feb. 29.", LocalDate.of(2024, 3, 5), "Feb. 29").value());
    List<TimeValue> times = times("The deal was signed on Feb. 28, 2024. A day later, it was published.",
        LocalDate.of(2024, 3, 5));
    assertEquals("2024-02-29", find(times, "A day later").value());
    List<TimeValue> common = times("The deal was signed on Feb. 28, 2023. A day later, it was published.",
        LocalDate.of(2024, 3, 5));
    assertEquals("2023-03-01", find(common, "A day later").value());
    assertEquals("2023", only("Prices rose a year ago.", LocalDate.of(2024, 2, 29), "a year ago").value());
  }

  @Test
  void noPublicationDate_resolvesNothingRelative() {
    assertEquals("XXXX-WXX-1", only("The rebels met on Monday.", null, "Monday").value());
    TimeValue lastYear = only("Prices rose last year.", null, "last year");
    assertNull(lastYear.value());
    assertNull(lastYear.anchor());
    assertEquals("1998", only("Prices rose in 1998.", null, "1998").value());
  }

  // ---- the dependency parse decides the tense

  @Test
  void weekday_presentTenseInTheParse_isAhead_butAPresentReportingVerbIsNot() {
    // "meet" is tagged VB, a present tense the tagger missed; its subject says it is finite
    assertEquals("2022-01-17", parsed("They meet Monday.", TUESDAY_11_JAN_2022,
        "1:nsubj -1:root 1:obl:tmod 1:punct").get(0).value());
    assertEquals("2022-01-10", parsed("The minister says Monday.", TUESDAY_11_JAN_2022,
        "1:det 2:nsubj -1:root 2:obl:tmod 2:punct").get(0).value());
  }

  @Test
  void weekday_scheduledForADay_isAhead_evenInThePastTense() {
    assertEquals("2022-01-15", parsed("A rally planned for Saturday was canceled.", TUESDAY_11_JAN_2022,
        "1:det 6:nsubj:pass 1:acl 4:case 2:obl 6:aux:pass -1:root 6:punct").get(0).value());
    assertEquals("2022-09", parsed("The planned visit in September was discussed.", TUESDAY_11_JAN_2022,
        "2:det 2:amod 6:nsubj:pass 4:case 2:nmod 6:aux:pass -1:root 6:punct").get(0).value());
  }

  @Test
  void dayOfMonth_datingAPastEvent_isNotAfterPublication_butADeadlineIs() {
    LocalDate nov1989 = LocalDate.of(1989, 11, 1);
    // 31 March 1990 is nearer to the publication date, but the year ended before it
    assertEquals("1989-03-31", parsed("The offer ended March 31.", nov1989,
        "1:det 2:nsubj -1:root 2:obl:tmod 3:nummod 2:punct").get(0).value());
    assertEquals("1990-03-31", parsed("The offer was extended to March 31.", nov1989,
        "1:det 3:nsubj:pass 3:aux:pass -1:root 5:case 3:obl 5:nummod 3:punct").get(0).value());
    // without a parse only the distance counts
    assertEquals("1990-03-31", only("The offer ended March 31.", nov1989, "March 31").value());
  }

  @Test
  void month_inAnInfinitiveThatModifiesAThing_isAhead_unlessTheThingIsRanked() {
    assertEquals("2022-11", parsed("Guidelines to be published in November were discussed.", TUESDAY_11_JAN_2022,
        "7:nsubj:pass 3:mark 3:aux:pass 0:acl 5:case 3:obl 7:aux:pass -1:root 7:punct").get(0).value());
    assertEquals("2021-11", parsed("The first country to join in November was Poland.", TUESDAY_11_JAN_2022,
        "2:det 2:amod 8:nsubj 4:mark 2:acl 6:case 4:obl 8:cop -1:root 8:punct").get(0).value());
  }

  @Test
  void weekdayWithPartOfDay_isATimeOfThatDay() {
    TimeValue night = only("Shots were fired Wednesday night.", TUESDAY_11_JAN_2022, "Wednesday night");
    assertEquals(TimeType.TIME, night.type());
    assertEquals("2022-01-05TNI", night.value());
    assertEquals("2022-01-07TMO", only("They met on Friday morning.", TUESDAY_11_JAN_2022, "Friday morning")
        .value());
  }

  @Test
  void weekdayList_eachDayResolvedOnItsOwn_rangeRunsForward() {
    LocalDate friday = LocalDate.of(2022, 1, 14);
    List<TimeValue> list = times("Statements were made Friday and Thursday.", friday);
    assertEquals("2022-01-14", list.get(0).value());
    assertEquals("2022-01-13", list.get(1).value());
    List<TimeValue> range = times("The fair was open Saturday through Monday.", LocalDate.of(2022, 1, 16));
    assertEquals("2022-01-15", range.get(0).value());
    assertEquals("2022-01-17", range.get(1).value());
  }

  @Test
  void perfectModal_looksBack_presentPerfectToALimit_looksAhead() {
    LocalDate friday = LocalDate.of(1989, 10, 27);
    assertEquals("1989-10-25", parsed("Concern may have been responsible on Wednesday.", friday,
        "1:nsubj 4:aux 4:aux 4:cop -1:root 6:case 4:obl 4:punct").get(0).value());
    assertEquals("1990-01", parsed("The bank has extended the loans through January.", friday,
        "1:det 3:nsubj 3:aux -1:root 5:det 3:obj 7:case 3:obl 3:punct").get(0).value());
  }

  @Test
  void clockTime_withoutADay_takesTheDayNamedJustBefore_orAfterAParenthesis() {
    LocalDate saturday = LocalDate.of(1998, 8, 8);
    List<TimeValue> times = times("The bomb went off on Friday. It hit at 10:35 a.m. in Nairobi.", saturday);
    assertEquals("1998-08-07T10:35", find(times, "10:35 a.m.").value());
    assertEquals("1998-08-07", find(times, "10:35 a.m.").anchor());
    List<TimeValue> aside = times("The blast occurred at 10:35 a.m. (0735 GMT) Friday.", saturday);
    assertEquals("1998-08-07T10:35", find(aside, "10:35 a.m.").value());
    assertEquals("1998-08-07", find(aside, "Friday").value());
    assertEquals("1998-08-08T09:00", only("The talks began at 9 a.m. in Nairobi.", saturday, "9 a.m.").value());
  }

  @Test
  void yearOfAccounts_endedOnADay_isALength_otherwiseThisYear() {
    LocalDate november1989 = LocalDate.of(1989, 11, 1);
    List<TimeValue> ended = times("Revenue was $76 million for the year ended March 31.", november1989);
    TimeValue year = find(ended, "the year");
    assertEquals(TimeType.DURATION, year.type());
    assertEquals("P1Y", year.value());
    assertEquals("P1Y", find(times("In the fiscal year ending June 30, it lost money.", november1989),
        "the fiscal year").value());
    assertEquals("1989", only("Sales for the full year rose.", november1989, "the full year").value());
    assertEquals("1989", only("Sales in the current fiscal year rose.", november1989, "the current fiscal year")
        .value());
  }

  @Test
  void aCoupleOf_isTwo() {
    assertEquals("P2Y", only("It will not change for a couple of years.", TUESDAY_11_JAN_2022,
        "a couple of years").value());
    assertEquals("P2W", only("Talks resume over the next couple of weeks.", TUESDAY_11_JAN_2022,
        "the next couple of weeks").value());
  }

  @Test
  void agesAndOrdinals_areNotTimes() {
    assertTrue(times("Mr. Reupke, 52 years old, will retire.", TUESDAY_11_JAN_2022).isEmpty());
    assertTrue(times("A second group of directors objected.", TUESDAY_11_JAN_2022).isEmpty());
    assertEquals("PT1S", only("It lasted a second.", TUESDAY_11_JAN_2022, "a second").value());
  }

  @Test
  void yearsInWords_asTranscriptsWriteThem() {
    LocalDate february1998 = LocalDate.of(1998, 2, 27);
    assertEquals("1996", only("Keating was freed in nineteen ninety-six on appeal.", february1998,
        "nineteen ninety-six").value());
    assertEquals("1997-01", only("It was January nineteen ninety-seven.", february1998,
        "January nineteen ninety-seven").value());
    assertEquals("2000", only("He promised it by the year two thousand.", february1998, "the year two thousand")
        .value());
    assertEquals("1994-WI", only("It was the winter of nineteen ninety-four.", february1998,
        "the winter of nineteen ninety-four").value());
    assertTrue(times("Some two thousand people marched.", february1998).isEmpty());
  }

  @Test
  void anaphoric_thatYear_thePreviousFriday_countFromTheDateOfTheText() {
    LocalDate november1989 = LocalDate.of(1989, 11, 2);
    List<TimeValue> year = times("Imports rose in 1988. Sales fell that year.", november1989);
    assertEquals("1988", find(year, "that year").value());
    // "that day" needs a day to point at
    assertEquals(1, times("Imports rose in 1988. Sales fell that day.", november1989).size());
    List<TimeValue> friday = times("The index fell on Friday, Oct. 27. It was down from the previous Friday.",
        LocalDate.of(1989, 10, 30));
    assertEquals("1989-10-20", find(friday, "the previous Friday").value());
  }

  @Test
  void yearEnd_andThisPastSeason() {
    LocalDate october1989 = LocalDate.of(1989, 10, 30);
    assertEquals("1989", only("The deal will close by year-end.", october1989, "year-end").value());
    assertEquals("1988", only("The index is up 5% since year-end.", october1989, "year-end").value());
    assertTrue(times("The year-end results were weak.", october1989).isEmpty());
    assertEquals("1989-SP", only("The unit was sold this past spring.", october1989, "this past spring").value());
  }

  @Test
  void lastMonthDay_isTheLatestBeforePublication() {
    assertEquals("1998-10-23", only("He was shot last Oct. 23 at home.", LocalDate.of(1999, 4, 19), "last Oct. 23")
        .value());
    assertEquals("2023-03-05", only("Talks resume next March 5.", LocalDate.of(2022, 3, 5), "next March 5")
        .value());
  }

  @Test
  void goalOfASchedulingVerb_liesAhead_butNotAThingOfTheSubject() {
    LocalDate thursday = LocalDate.of(2000, 3, 30);
    assertEquals("2000-04-04TMO", parsed("Officials postponed until Tuesday morning any action.", thursday,
        "1:nsubj -1:root 3:case 1:obl 3:compound 6:det 1:obj 1:punct").get(0).value());
    // "until 9 a.m. Tuesday": the preposition of the clock decides for its day
    assertEquals("2000-04-04T09:00", parsed("The service has given them until 9 a.m. Tuesday.",
        LocalDate.of(2000, 4, 3), "1:det 3:nsubj 3:aux -1:root 3:iobj 8:case 7:nummod 3:obl 3:obl:tmod 3:punct")
        .get(0).value());
    assertEquals("1998-01", parsed("The figures for January extended a surge.", LocalDate.of(1998, 2, 6),
        "1:det 4:nsubj 3:case 1:nmod -1:root 6:det 4:obj 4:punct").get(0).value());
  }

  @Test
  void subjunctive_isNotAPresentTense_andADecisionLooksAhead() {
    LocalDate monday = LocalDate.of(1991, 2, 25);
    assertEquals("1991-02-23", parsed("They demanded that Iraq withdraw Saturday.", monday,
        "1:nsubj -1:root 4:mark 4:nsubj 1:ccomp 4:obl:tmod 1:punct").get(0).value());
    assertEquals("1999-03", parsed("NATO has decided to admit them in March.", LocalDate.of(1999, 2, 10),
        "2:nsubj 2:aux -1:root 4:mark 2:xcomp 4:obj 7:case 4:obl 2:punct").get(0).value());
  }

  @Test
  void latestQuarter_hasEnded_evenAfterAFiscalQuarterNamedAhead() {
    LocalDate november1989 = LocalDate.of(1989, 11, 2);
    List<TimeValue> times = times("Profit for the fourth quarter ended Sept. 30 fell. Sales in the latest quarter "
        + "rose from a year ago.", november1989);
    assertEquals("1989-Q4", find(times, "the fourth quarter").value());
    assertEquals("1989-Q3", find(times, "the latest quarter").value());
    assertEquals("1988-Q3", find(times, "a year ago").value());
  }

  @Test
  void weekOfADay_isItsIsoWeek_andADayOfAMonth_keepsItsUnknownDay() {
    assertEquals("2000-W10", only("A hearing is set for the week of March 6.", LocalDate.of(2000, 2, 24),
        "the week of March 6").value());
    List<TimeValue> same = times("The doctor was shot in October 1998. His name was crossed out the same day.",
        LocalDate.of(1999, 2, 6));
    assertEquals("1998-10-XX", find(same, "the same day").value());
  }

  @Test
  void yearOfAQuarterlyReport_isThatYearsQuarter_notACountOfQuarters() {
    LocalDate october1989 = LocalDate.of(1989, 10, 30);
    List<TimeValue> times = times("Profit fell in the third quarter. It was $5 million in the 1988 quarter.",
        october1989);
    assertEquals("1988-Q3", find(times, "the 1988 quarter").value());
    assertEquals(TimeType.DATE, find(times, "the 1988 quarter").type());
  }

  @Test
  void current_isThePresent_thenCurrentAPast_butNotAPeriodItNamesOrTheAccountingSense() {
    TimeValue current = only("Prices reflect current market conditions.", TUESDAY_11_JAN_2022, "current");
    assertEquals(TimeType.DATE, current.type());
    assertEquals("PRESENT_REF", current.value());
    assertEquals("PAST_REF", only("Holders could buy shares at the then current price.", TUESDAY_11_JAN_2022,
        "then current").value());
    assertTrue(times("The bank reported current assets of $5 million.", TUESDAY_11_JAN_2022).isEmpty());
    assertEquals("2022", only("Sales will rise in the current year.", TUESDAY_11_JAN_2022, "the current year")
        .value());
  }

  @Test
  void presentTenseOfATemporalClause_takesTheTenseOfTheClauseItDates() {
    assertEquals("2022-01-07", parsed("When talks resume Friday , prices fell .", TUESDAY_11_JAN_2022,
        "2:mark 2:nsubj 6:advcl 2:obl:tmod 6:punct 6:nsubj -1:root 6:punct").get(0).value());
    assertEquals("2022-01-14", parsed("When talks resume Friday , prices will fall .", TUESDAY_11_JAN_2022,
        "2:mark 2:nsubj 7:advcl 2:obl:tmod 7:punct 7:nsubj 7:aux -1:root 7:punct").get(0).value());
  }

  @Test
  void weekday_besideTheEventAVerbPlans_isAhead_evenInThePastTense() {
    assertEquals("2022-01-14", parsed("Officials scheduled a vote on Friday .", TUESDAY_11_JAN_2022,
        "1:nsubj -1:root 3:det 1:obj 5:case 1:obl 1:punct").get(0).value());
    assertEquals("2022-01-07", parsed("Officials held a vote on Friday .", TUESDAY_11_JAN_2022,
        "1:nsubj -1:root 3:det 1:obj 5:case 1:obl 1:punct").get(0).value());
  }

  @Test
  void participleOfAThing_takesTheTenseOfTheClauseAboveTheThing() {
    assertEquals("2022-01-14", parsed("The ships will sail , with the third departing on Friday .",
        TUESDAY_11_JAN_2022, "1:det 3:nsubj 3:aux -1:root 3:punct 7:case 7:det 3:obl 7:acl 10:case 8:obl 3:punct")
        .get(0).value());
  }

  @Test
  void monthLaterInTheYear_inAPastTenseClause_isLastYearsForThePastEvent_butTheNearestForAThing() {
    assertEquals("2022-03", parsed("Companies were told of a cutback in March .", TUESDAY_11_JAN_2022,
        "2:nsubj:pass 2:aux:pass -1:root 5:case 5:det 2:obl 7:case 5:nmod 2:punct").get(0).value());
    assertEquals("2021-03", parsed("He was arrested in March .", TUESDAY_11_JAN_2022,
        "2:nsubj:pass 2:aux:pass -1:root 4:case 2:obl 2:punct").get(0).value());
  }

  @Test
  void partOfADay_isATimeOfTheDayNamedWithIt_orJustBefore_orOfPublication() {
    assertEquals("2022-01-11TAF", only("Shares rose by mid-afternoon.", TUESDAY_11_JAN_2022, "mid-afternoon")
        .value());
    TimeValue yesterday = only("Shares rose at mid-afternoon yesterday.", TUESDAY_11_JAN_2022,
        "mid-afternoon yesterday");
    assertEquals(TimeType.TIME, yesterday.type());
    assertEquals("2022-01-10TAF", yesterday.value());
    List<TimeValue> times = times("Markets fell on Friday. Dealers sold in the morning.", TUESDAY_11_JAN_2022);
    assertEquals("2022-01-07TMO", find(times, "the morning").value());
    assertTrue(times("He returned home from the night shift.", TUESDAY_11_JAN_2022).isEmpty());
  }

  @Test
  void nearOrShortTerm_isTheFuture_butNotAsAnAdjective() {
    assertEquals("FUTURE_REF", only("The plan helps holders in the near term.", TUESDAY_11_JAN_2022,
        "the near term").value());
    assertTrue(times("It sold the short - term debt.", TUESDAY_11_JAN_2022).isEmpty());
  }

  @Test
  void dayBeforeOrAfterANamedDay_isTheDayNextToIt() {
    assertEquals("2022-01-03", only("They met the day before last Tuesday.", TUESDAY_11_JAN_2022,
        "the day before last Tuesday").value());
    assertEquals("2021-12-26", only("Stores opened the day after Christmas.", TUESDAY_11_JAN_2022,
        "the day after Christmas").value());
  }

  @Test
  void easter_byTheComputus_itsWeek_andGoodFriday() {
    assertEquals(LocalDate.of(2000, 4, 23), RuleTimeNormalizer.Scan.easter(2000));
    assertEquals(LocalDate.of(2024, 3, 31), RuleTimeNormalizer.Scan.easter(2024));
    assertEquals(LocalDate.of(2019, 4, 21), RuleTimeNormalizer.Scan.easter(2019));
    assertEquals(LocalDate.of(1998, 4, 12), RuleTimeNormalizer.Scan.easter(1998));
    LocalDate monday17April2000 = LocalDate.of(2000, 4, 17);
    TimeValue week = only("Crowds prayed as Easter week began.", monday17April2000, "Easter week");
    assertEquals("2000-W16", week.value());
    assertEquals("2000-04-21", only("Pilgrims will gather on Good Friday.", monday17April2000, "Good Friday")
        .value());
    assertEquals("2021-04-04", only("Churches were full at Easter.", TUESDAY_11_JAN_2022, "Easter").value());
  }

  @Test
  void lastMonthName_isTheLatestBeforeTheMonthJustEnded() {
    LocalDate march1998 = LocalDate.of(1998, 3, 1);
    assertEquals("1997-02", only("Helicopters crashed last February.", march1998, "last February").value());
    assertEquals("1997-03", only("Talks began last March.", march1998, "last March").value());
    assertEquals("1989-06", only("The court ruled last June.", LocalDate.of(1989, 10, 26), "last June").value());
  }

  @Test
  void approximator_belongsToTheExtent_butAPrepositionBeforeADayDoesNot() {
    assertEquals("P2Y", only("Talks have stalled for nearly two years.", TUESDAY_11_JAN_2022, "nearly two years")
        .value());
    assertEquals("P30D", only("The offer runs at least 30 days.", TUESDAY_11_JAN_2022, "at least 30 days").value());
    assertEquals("2020", only("It began about two years ago.", TUESDAY_11_JAN_2022, "about two years ago").value());
    assertEquals("2022-01-10", only("He spoke about Monday and the vote.", TUESDAY_11_JAN_2022, "Monday").value());
  }

  @Test
  void dateModifyingANoun_leavesTheArticleToTheNoun() {
    assertEquals("2022-01-07", only("The Friday explosions killed 200 people.", TUESDAY_11_JAN_2022, "Friday")
        .value());
    assertEquals("the weekend", only("Officials met over the weekend.", TUESDAY_11_JAN_2022, "the weekend").span()
        .text());
  }

  @Test
  void orSo_andOrTwo_belongToTheApproximateLength() {
    assertEquals("2022-W01", only("He left a week or so ago.", TUESDAY_11_JAN_2022, "a week or so ago").value());
    assertEquals("P2Y", only("It will close over the next two years or so.", TUESDAY_11_JAN_2022,
        "the next two years or so").value());
    assertEquals("P1Y", only("It may take a year or two.", TUESDAY_11_JAN_2022, "a year or two").value());
  }

  @Test
  void forAWhile_isALengthNobodyMeasured() {
    TimeValue t = only("Troops will stay for some time.", TUESDAY_11_JAN_2022, "some time");
    assertEquals(TimeType.DURATION, t.type());
    assertEquals("PXX", t.value());
    assertEquals("PXX", only("They must live without it for a while.", TUESDAY_11_JAN_2022, "a while").value());
    assertTrue(times("It took some time to agree.", TUESDAY_11_JAN_2022).isEmpty());
  }

  @Test
  void yearEndingInZeroWithApostropheS_isTheDecadeOnlyAfterTheOrAModifier() {
    assertEquals("199X", only("Prices rose in the 1990's.", TUESDAY_11_JAN_2022, "the 1990's").value());
    assertEquals("2010", only("Officials cut 2010's budget.", TUESDAY_11_JAN_2022, "2010").value());
  }

  @Test
  void nextOrLastFiscalYear_countsFromPublication() {
    assertEquals("2023", only("Congress passed a plan for next fiscal year.", TUESDAY_11_JAN_2022,
        "next fiscal year").value());
    assertEquals("2021", only("Sales fell last fiscal year.", TUESDAY_11_JAN_2022, "last fiscal year").value());
  }

  @Test
  void infinitiveOfADirective_liesAhead_andEverySeasonIsASet() {
    assertEquals("2022-01-12", parsed("Residents were told to stay until Wednesday .", TUESDAY_11_JAN_2022,
        "2:nsubj:pass 2:aux:pass -1:root 4:mark 2:xcomp 6:case 4:obl 2:punct").get(0).value());
    TimeValue winter = only("Every winter, the region braces for storms.", TUESDAY_11_JAN_2022, "Every winter");
    assertEquals(TimeType.SET, winter.type());
    assertEquals("XXXX-WI", winter.value());
  }

  @Test
  void garbage_doesNotThrow() {
    assertTrue(normalizer.normalize(article("", TUESDAY_11_JAN_2022), LinguisticAnnotation.empty()).isEmpty());
    StringBuilder soup = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      soup.append("<p> - -- 12:99 31 Feb. 1990s 's the the last - ").append(i).append(" a.m. \uFFFD ");
    }
    assertNotNull(times(soup.toString(), TUESDAY_11_JAN_2022));
    assertNotNull(times("Monday Monday - - the early the of May 99999999999 2:", null));
    // a parse with a cycle and arcs out of the sentence
    assertNotNull(parsed("Monday Tuesday they met on March 3.", TUESDAY_11_JAN_2022,
        "1:obl 0:obl 3:nsubj 0:root 99:case -7:obl 5:nummod 3:punct"));
  }

  // ---- fixtures: a small tokenizer with a few part-of-speech tags, enough for the tense rules

  private static final Pattern TOKEN = Pattern.compile(
      "\\d+ 1/2|\\d{1,2}:\\d{2}|[ap]\\.m\\.|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\\.|\\d+(?:,\\d{3})*(?:s|st|nd|rd|th)?|'s|\\w+(?:[-']\\w+)*|[^\\s\\w]");
  private static final Map<String, String> TAGS = Map.ofEntries(
      Map.entry("will", "MD"), Map.entry("would", "MD"), Map.entry("met", "VBD"), Map.entry("ended", "VBD"),
      Map.entry("began", "VBD"), Map.entry("rose", "VBD"), Map.entry("fell", "VBD"), Map.entry("said", "VBD"),
      Map.entry("came", "VBD"), Map.entry("continued", "VBD"), Map.entry("lasted", "VBD"),
      Map.entry("occurred", "VBD"), Map.entry("closed", "VBD"), Map.entry("collapsed", "VBD"),
      Map.entry("signed", "VBD"), Map.entry("was", "VBD"), Map.entry("were", "VBD"), Map.entry("earned", "VBD"),
      Map.entry("stalled", "VBD"), Map.entry("followed", "VBD"), Map.entry("meet", "VB"), Map.entry("rise", "VB"),
      Map.entry("play", "VB"), Map.entry("end", "VB"), Map.entry("held", "VBN"), Map.entry("built", "VBN"),
      Map.entry("expected", "VBN"), Map.entry("published", "VBN"), Map.entry("heard", "VBN"),
      Map.entry("are", "VBP"), Map.entry("resume", "VBP"), Map.entry("publishes", "VBZ"), Map.entry("has", "VBZ"),
      Map.entry("daily", "JJ"), Map.entry("recent", "JJ"), Map.entry("the", "DT"), Map.entry("to", "TO"),
      Map.entry("says", "VBZ"), Map.entry("planned", "VBN"), Map.entry("canceled", "VBN"),
      Map.entry("discussed", "VBN"), Map.entry("be", "VB"), Map.entry("join", "VB"),
      Map.entry("made", "VBN"), Map.entry("fired", "VBN"), Map.entry("may", "MD"), Map.entry("have", "VB"),
      Map.entry("been", "VBN"), Map.entry("hit", "VBD"), Map.entry("went", "VBD"), Map.entry("lost", "VBD"),
      Map.entry("results", "NNS"), Map.entry("sold", "VBN"), Map.entry("postponed", "VBD"),
      Map.entry("given", "VBN"), Map.entry("extended", "VBD"), Map.entry("demanded", "VBD"),
      Map.entry("withdraw", "VB"), Map.entry("decided", "VBN"), Map.entry("admit", "VB"), Map.entry("that", "IN"),
      Map.entry("shot", "VBN"), Map.entry("searched", "VBD"), Map.entry("declared", "VBD"),
      Map.entry("lived", "VBD"), Map.entry("spent", "VBD"), Map.entry("called", "VBD"), Map.entry("stay", "VB"),
      Map.entry("emerged", "VBD"), Map.entry("took", "VBD"), Map.entry("won", "VBD"), Map.entry("run", "VB"),
      Map.entry("could", "MD"), Map.entry("located", "VBN"), Map.entry("married", "VBD"),
      Map.entry("current", "JJ"), Map.entry("then", "RB"), Map.entry("scheduled", "VBD"),
      Map.entry("departing", "VBG"), Map.entry("told", "VBN"), Map.entry("arrested", "VBN"),
      Map.entry("explosions", "NNS"));
  private static final Map<String, String> LEMMAS = Map.ofEntries(Map.entry("says", "say"),
      Map.entry("planned", "plan"), Map.entry("ended", "end"), Map.entry("canceled", "cancel"),
      Map.entry("were", "be"), Map.entry("was", "be"), Map.entry("extended", "extend"),
      Map.entry("published", "publish"), Map.entry("postponed", "postpone"), Map.entry("decided", "decide"),
      Map.entry("has", "have"), Map.entry("scheduled", "schedule"),
      Map.entry("told", "tell"));

  private static Article article(String text, LocalDate published) {
    return Article.of(null, null, null, null, published, "en", text, "test");
  }

  private static LinguisticAnnotation annotate(String text) {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String word = m.group();
      String tag = TAGS.get(word.toLowerCase());
      if (tag == null) {
        tag = Character.isDigit(word.charAt(0)) ? "CD" : Character.isUpperCase(word.charAt(0)) ? "NNP"
            : Character.isLetter(word.charAt(0)) ? "NN" : word;
      }
      String lemma = LEMMAS.getOrDefault(word.toLowerCase(), word.toLowerCase());
      tokens.add(new Token(tokens.size(), m.start(), m.end(), word, lemma, tag, EntityType.OTHER));
      if (word.equals(".") && tokens.size() > 1) {
        sentences.add(new Sentence(sentences.size(), tokens.get(0).start(), m.end(), tokens, List.of()));
        tokens = new ArrayList<>();
      }
    }
    if (!tokens.isEmpty()) {
      sentences.add(new Sentence(sentences.size(), tokens.get(0).start(),
          tokens.get(tokens.size() - 1).end(), tokens, List.of()));
    }
    return new LinguisticAnnotation(sentences, List.of());
  }

  /**
   * The expressions of one sentence with a hand-made dependency parse: for each token, {@code governor:relation}
   * ({@code -1:root}).
   */
  private List<TimeValue> parsed(String text, LocalDate published, String arcs) {
    Sentence plain = annotate(text).sentences().get(0);
    String[] parts = arcs.split(" ");
    assertEquals(plain.tokens().size(), parts.length, "one arc per token of " + plain.tokens());
    List<Dependency> dependencies = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      int colon = parts[i].indexOf(':', 1);
      dependencies.add(new Dependency(Integer.parseInt(parts[i].substring(0, colon)), i,
          parts[i].substring(colon + 1)));
    }
    Sentence sentence = new Sentence(0, plain.start(), plain.end(), plain.tokens(), dependencies);
    List<TimeValue> times = normalizer.normalize(article(text, published),
        new LinguisticAnnotation(List.of(sentence), List.of()));
    assertTrue(!times.isEmpty(), "no expression in " + text);
    return times;
  }

  private List<TimeValue> times(String text, LocalDate published) {
    List<TimeValue> times = normalizer.normalize(article(text, published), annotate(text));
    for (TimeValue t : times) {
      assertEquals(t.span().text(), text.substring(t.span().start(), t.span().end()));
    }
    return times;
  }

  private TimeValue only(String text, LocalDate published, String expression) {
    List<TimeValue> times = times(text, published);
    assertEquals(1, times.size(), "one expression in \"" + text + "\": " + times);
    assertEquals(expression, times.get(0).span().text());
    return times.get(0);
  }

  private static TimeValue find(List<TimeValue> times, String expression) {
    return times.stream().filter(t -> t.span().text().equals(expression)).findFirst()
        .orElseThrow(() -> new AssertionError("no \"" + expression + "\" in " + times));
  }
}
