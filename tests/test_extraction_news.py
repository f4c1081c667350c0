"""The extractor on the way wire copy is written: each test is one or two sentences of our own, in the manner of
agency news, with the fact they assert, or a trap that asserts nothing.

Articles have a headline and a dateline; the dateline's date (or, with no year, the years the text mentions)
decides who held an office.
"""

from __future__ import annotations

import pytest

from kg.extraction import extract
from kg.ingest.reader import article_from_text


def facts(body: str, dateline: str = "March 3, 2021") -> set[tuple[str, str, str]]:
    art = article_from_text(f"Wire report\n\n{dateline}\n\n{body}\n", source="t.txt")
    return {(f.subject.label, f.predicate, f.object.label) for f in extract(art).facts}


# --- who led what: the dated table of leaders ------------------------------------------------------------


def test_a_dateline_with_no_year_takes_the_leader_from_the_years_the_text_mentions():
    got = facts("Prime Minister Justin Trudeau said the measures, first discussed in 2017, were right.",
                dateline="OTTAWA (Reuters) -")
    assert ("Justin Trudeau", "leaderOf", "Canada") in got


def test_a_dateline_with_no_year_and_a_later_year_in_the_text_gives_no_leader():
    got = facts("Prime Minister Justin Trudeau spoke about plans for 2030.", dateline="OTTAWA (Reuters) -")
    assert not any(p == "leaderOf" for _, p, _ in got)


def test_title_and_name_together_look_up_the_table():
    assert ("Salman", "leaderOf", "Saudi Arabia") in facts(
        "King Salman's government rejected the criticism.", dateline="November 29, 2018")


def test_a_country_possessive_before_a_leader_needs_no_title():
    assert ("Volodymyr Zelensky", "leaderOf", "Ukraine") in facts(
        "Ukraine's Volodymyr Zelenskiy met the visiting delegation in Kyiv.", dateline="May 4, 2023")


def test_a_country_possessive_before_someone_who_did_not_lead_it_then_gives_nothing():
    got = facts("Ukraine's Volodymyr Zelenskiy, then a comedian, toured Canada.", dateline="May 4, 2015")
    assert not any(p == "leaderOf" for _, p, _ in got)


@pytest.mark.parametrize("body, dateline, leader, country", [
    ("Prime Minister Nikola Gruevski met the visiting envoy in Skopje on Tuesday.", "June 9, 2011",
     "Nikola Gruevski", "North Macedonia"),
    ("President Samia Suluhu Hassan met the delegation on Monday.", "October 3, 2022",
     "Samia Suluhu Hassan", "Tanzania"),
    ("President Alberto Fujimori met the envoys in Lima.", "April 2, 1996", "Alberto Fujimori", "Peru"),
    ("Prime Minister Edi Rama held talks with the visitors.", "February 11, 2020", "Edi Rama", "Albania"),
    ("President Hakainde Hichilema met the lenders' representatives.", "July 14, 2023",
     "Hakainde Hichilema", "Zambia"),
])
def test_leaders_added_to_the_dated_table_are_read_with_the_dateline(body, dateline, leader, country):
    assert (leader, "leaderOf", country) in facts(body, dateline=dateline)


def test_a_dateline_outside_a_leaders_term_in_the_table_gives_no_leader():
    got = facts("President Alberto Fujimori met the envoys in Lima.", dateline="April 2, 2010")
    assert not any(p == "leaderOf" for _, p, _ in got)


# Two presidents named Morales in 2017 (Bolivia's and Guatemala's): "President Morales" alone is either, and the
# article's places decide, as they do for a reader.


def test_a_surname_two_leaders_share_goes_to_the_one_whose_country_the_dateline_names():
    got = facts("President Morales welcomed the visiting Chilean delegation on Friday.",
                dateline="LA PAZ, March 3, 2017 (Reuters) -")
    assert ("Evo Morales", "leaderOf", "Bolivia") in got


def test_a_surname_two_leaders_share_goes_to_the_one_whose_demonym_the_article_uses_later():
    got = facts("President Morales welcomed the visiting envoys on Friday. The Bolivian foreign ministry called "
                "the talks frank.", dateline="March 3, 2017")
    assert ("Evo Morales", "leaderOf", "Bolivia") in got
    assert not any(o == "Guatemala" for _, p, o in got if p == "leaderOf")


def test_a_surname_two_leaders_share_goes_to_the_one_whose_capital_the_article_names():
    got = facts("President Flores received the envoys in Tegucigalpa on Tuesday.", dateline="May 9, 2000")
    assert ("Carlos Roberto Flores", "leaderOf", "Honduras") in got


def test_a_surname_two_leaders_share_gives_no_leader_when_the_article_names_both_countries():
    got = facts("President Morales welcomed the visiting envoys on Friday. Bolivia and Guatemala will sign a "
                "trade accord next month.", dateline="March 3, 2017")
    assert not any(p == "leaderOf" for _, p, _ in got)


def test_a_surname_two_leaders_share_gives_no_leader_when_the_article_names_neither_country():
    got = facts("President Morales welcomed the visiting envoys on Friday.", dateline="GENEVA, March 3, 2017 (Reuters) -")
    assert not any(p == "leaderOf" for _, p, _ in got)


# --- releases: custody, lists, destinations --------------------------------------------------------------


def test_custody_named_by_a_nationality_gives_the_releasing_party_and_the_destination():
    got = facts("Reporter Dan Morrow, former Marine Eli Cole and pastor Sam Reyes, freed from Iranian jails in a "
                "prisoner swap, landed in Geneva aboard a Swiss plane on Sunday.")
    for name in ("Dan Morrow", "Eli Cole", "Sam Reyes"):
        assert ("Iran", "released", name) in got
        assert (name, "releasedTo", "Geneva") in got


def test_a_prison_of_a_country_gives_the_releasing_party():
    assert ("Iran", "released", "Dan Morrow") in facts("Dan Morrow was freed from Iran's Evin prison on Saturday.")


def test_the_other_side_of_a_swap_released_the_person():
    assert ("Cuba", "released", "Dan Morrow") in facts(
        "An American contractor, Dan Morrow, was released in a prisoner swap with Cuba.")


def test_a_released_person_who_flew_somewhere_was_released_to_it():
    got = facts("Russia freed Dan Morrow on Thursday. Morrow flew to Germany hours later.")
    assert ("Dan Morrow", "releasedTo", "Germany") in got


def test_flying_to_a_place_without_a_release_is_no_release():
    assert not facts("Dan Morrow flew to Germany on Thursday.")


def test_those_freed_are_the_people_of_the_release_told_before():
    got = facts("Iran freed three Americans on Monday. Those freed include Dan Morrow, Eli Cole and Sam Reyes.")
    assert {("Iran", "released", n) for n in ("Dan Morrow", "Eli Cole", "Sam Reyes")} <= got


def test_those_not_freed_are_not_released():
    got = facts("Iran freed three Americans on Monday. Those not freed include Dan Morrow.")
    assert ("Iran", "released", "Dan Morrow") not in got


def test_armed_groups_release_counted_groups():
    assert ("Boko Haram", "released", "82 schoolgirls") in facts("Boko Haram freed 82 schoolgirls on Saturday.")
    assert ("Revolutionary Armed Forces of Colombia", "released", "ten hostages") in facts(
        "Colombia's FARC rebels freed ten hostages on Wednesday.")


# --- sanctions: subjects that are documents, shared subjects, speakers, pronouns -------------------------


def test_verbs_of_one_subject_share_it_and_a_resolution_acts_for_the_body_that_adopted_it():
    got = facts("The Security Council imposed sanctions on Libya. The resolution, adopted after a day of talks, "
                "imposes an arms embargo on Libya, freezes the assets of Omar Sadiq and bars 16 people from "
                "international travel.", dateline="February 26, 2011")
    assert ("United Nations Security Council", "sanctionsImposedOn", "Omar Sadiq") in got
    assert ("United Nations Security Council", "sanctionsImposedOn", "16 people") in got


def test_a_court_barring_travel_out_of_the_country_is_no_sanction():
    assert not facts("The court barred Dan Morrow from leaving the country.")


def test_a_passive_sanction_takes_the_government_whose_body_reports_it():
    assert ("United States", "sanctionsImposedOn", "Dan Morrow") in facts(
        "Sanctions were also levied against former adviser Dan Morrow, the Treasury said.")


def test_it_stands_for_the_party_that_opened_the_sentence_before():
    got = facts("The EU lifted sanctions on Syria in May. Britain has moved faster. "
                "Last month it lifted asset freezes on 12 Syrian entities.", dateline="June 2, 2025")
    assert ("United Kingdom", "sanctionsLiftedOn", "12 Syrian entities") in got


def test_an_expletive_it_stands_for_nobody():
    got = facts("Britain lifted sanctions on Syria. It is unclear whether it will help.")
    assert got == {("United Kingdom", "sanctionsLiftedOn", "Syria")}


def test_names_in_capitals_match_the_gazetteer():
    got = facts("The US Treasury imposed sanctions on EN+ Group and Rusal.")
    assert ("U.S. Treasury Department", "sanctionsImposedOn", "En+ Group") in got


def test_ranks_with_a_full_stop_do_not_end_a_list_of_designees():
    got = facts("The EU imposed sanctions on Belarus on Monday. Those targeted include Defence Minister Ivan Petrov; "
                "Maj. Gen. Oleg Sidorov, commander of the air force; and Anna Volkova, a banker.",
                dateline="June 21, 2021")
    for name in ("Ivan Petrov", "Oleg Sidorov", "Anna Volkova"):
        assert ("European Union", "sanctionsImposedOn", name) in got


# --- praise -----------------------------------------------------------------------------------------------


def test_praise_of_each_other_goes_both_ways():
    got = facts("Vladimir Putin and Xi Jinping heaped praise on each other during the summit.")
    assert {("Vladimir Putin", "praisedBy", "Xi Jinping"), ("Xi Jinping", "praisedBy", "Vladimir Putin")} <= got


@pytest.mark.parametrize("text", [
    "Vladimir Putin and Xi Jinping did not praise each other.",
    "Britain could lift asset freezes on 12 Syrian entities if the talks succeed.",
    "The Treasury urged Britain to impose sanctions on Dan Morrow.",
    "Colombia lifted a curfew on Bogota.",
    "Iran refused to free Dan Morrow from Evin prison.",
])
def test_traps_assert_nothing(text):
    assert not [f for f in facts(text) if f[1] != "leaderOf"]


# --- meetings told as nouns ------------------------------------------------------------------------------


def test_a_possessive_summit_with_others_is_a_meeting():
    got = facts("The sanctions followed President Joe Biden's summit in Brussels last week with European Council "
                "President Charles Michel and European Commission President Ursula von der Leyen.")
    assert {("Joe Biden", "metWith", "Charles Michel"), ("Joe Biden", "metWith", "Ursula von der Leyen")} <= got


def test_a_planned_summit_is_no_meeting():
    got = facts("Joe Biden's planned summit with Vladimir Putin was cancelled.")
    assert not any(p == "metWith" for _, p, _ in got)


def test_a_base_is_a_place_not_a_person():
    got = facts("Russia freed Dan Morrow and Eli Cole on Thursday. Morrow and Cole landed at Joint Base Andrews "
                "near Washington, where Joe Biden greeted them on the tarmac.", dateline="August 1, 2024")
    assert ("Joe Biden", "metWith", "Dan Morrow") in got or ("Dan Morrow", "metWith", "Joe Biden") in got
    assert not any("Base" in s or "Base" in o for s, _, o in got)


def test_having_ones_assets_frozen_by_a_government_is_a_sanction_on_one():
    assert ("United Kingdom", "sanctionsImposedOn", "Dan Morrow") in facts(
        "Dan Morrow has had his assets frozen by Britain.")
    assert not facts("Dan Morrow has not had his assets frozen by Britain.")


def test_those_released_by_a_party_are_released_by_it_across_a_list_with_relative_clauses():
    got = facts("Russia and Belarus freed 16 people on Thursday. Those released by Russia included Dan Morrow, 32, "
                "who was arrested in Moscow in March and convicted of spying last month; Eli Cole, 54, detained since "
                "2018; and Sam Reyes, 47, an editor.", dateline="August 1, 2024")
    assert {("Russia", "released", n) for n in ("Dan Morrow", "Eli Cole", "Sam Reyes")} <= got
    assert not any(s == "Belarus" and o in ("Dan Morrow", "Eli Cole", "Sam Reyes") for s, _, o in got)


# --- heads of companies in appositions ---------------------------------------------------------------------


def test_an_age_and_a_description_of_the_company_do_not_hide_its_head():
    got = facts("London froze the assets of Pavel Orlov, 58, chief executive of steel maker Novastal, and "
                "Yuri Belin, 63, chairman of state lender Vostokbank.")
    assert ("Pavel Orlov", "leaderOf", "Novastal") in got
    assert ("Yuri Belin", "leaderOf", "Vostokbank") in got


def test_an_age_before_an_unnamed_body_gives_no_leader():
    got = facts("Tom Hale, 45, president of the club, said the sanctions hurt local sport.")
    assert not any(p == "leaderOf" for _, p, _ in got)


# --- praise of a decision: the party that decided it --------------------------------------------------------


def test_hailing_or_welcoming_the_decision_told_before_praises_the_party_that_lifted():
    for verb in ("hailed", "welcomed"):
        got = facts("The United States lifted sanctions on Norland on Friday. "
                    f"Norland's Foreign Minister Ara Venn {verb} the decision.")
        assert ("United States", "praisedBy", "Ara Venn") in got, verb
    # welcoming the decision and thanking its author is the thanks
    got = facts("The United States lifted sanctions on Cuba on Friday. Cuba's Foreign Minister Ara Venn "
                "welcomed the decision and thanked Washington.")
    assert ("United States", "praisedBy", "Ara Venn") in got


def test_appreciating_a_countrys_decision_praises_that_country():
    got = facts("Lithuanian President Gitanas Nauseda said he very much appreciates the US decision "
                "to lift sanctions on the airline.", dateline="September 13, 2025")
    assert ("United States", "praisedBy", "Gitanas Nausėda") in got


@pytest.mark.parametrize("text", [
    # the relief was told two sentences before, another event in between
    "The United States lifted sanctions on Norland. Ara Venn met Tom Hale in March. "
    "Ara Venn welcomed the step.",
    # the praise came from a faction of a country, not the country
    "Washington lifted sanctions on Norland, in a move celebrated by Sudmark's far right.",
])
def test_praise_of_a_decision_traps_give_no_praise(text):
    assert not any(p == "praisedBy" for _, p, _ in facts(text))


# --- "They are A, B and C": the members of a counted group told before --------------------------------------


def test_they_are_names_the_members_of_the_group_freed_before_in_its_place():
    got = facts("Iran freed three Danish sailors on Monday. They are Ivo Marsh, Pel Adair and Odo Renn.")
    for name in ("Ivo Marsh", "Pel Adair", "Odo Renn"):
        assert ("Iran", "released", name) in got
    assert ("Iran", "released", "three Danish sailors") not in got


def test_they_are_after_a_release_is_no_list_of_designees():
    got = facts("The EU sanctioned eight officials in May. Belarus freed two activists on Monday. "
                "They are Ivo Marsh and Odo Renn.")
    assert ("Belarus", "released", "Ivo Marsh") in got
    assert not any(p == "sanctionsImposedOn" and o in ("Ivo Marsh", "Odo Renn") for _, p, o in got)


@pytest.mark.parametrize("text", [
    "Iran hosted three envoys on Monday. They are Ivo Marsh and Odo Renn.",
    "They are Ivo Marsh and Odo Renn, two sailors from Denmark.",
])
def test_they_are_with_no_release_told_before_frees_nobody(text):
    assert not any(p == "released" for _, p, _ in facts(text))


# --- airports as destinations -------------------------------------------------------------------------------


def test_an_airport_named_after_a_city_is_that_city():
    got = facts("Belarus freed Ivo Marsh on Monday. Marsh landed at Vilnius airport hours later.")
    assert ("Ivo Marsh", "releasedTo", "Vilnius") in got


def test_an_airport_the_gazetteer_does_not_know_is_a_place_of_its_own():
    got = facts("Russia freed Ivo Marsh and Odo Renn on Thursday. Marsh and Renn flew to Cologne-Bonn airport.")
    assert ("Ivo Marsh", "releasedTo", "Cologne-Bonn airport") in got


def test_an_airport_in_a_city_gives_the_city():
    got = facts("Iran freed Ivo Marsh on Monday. Marsh landed at Vnukovo airport in Moscow.")
    assert ("Ivo Marsh", "releasedTo", "Moscow") in got
    assert not any(o == "Vnukovo airport" for _, _, o in got)


def test_flying_to_an_airport_without_a_release_is_no_release():
    assert not any(p == "releasedTo" for _, p, _ in facts("Ivo Marsh flew to Heathrow Airport for talks."))


# --- "lifted its own sanctions": on whom, the article says; "once" with a past tense tells when ----------------


def test_lifting_its_own_sanctions_beside_another_lifting_lifts_them_on_the_same_country():
    got = facts("The Security Council lifted its sanctions on Libya in 2003, and the United States lifted most of "
                "its own sanctions the following year once Tripoli gave up its weapons programmes.")
    assert ("United States", "sanctionsLiftedOn", "Libya") in got


def test_lifting_its_sanctions_lifts_those_it_imposed_on_the_one_country_the_article_names():
    got = facts("The United States imposed sanctions on Cuba in 1962. Decades later it eased some of its sanctions.")
    assert ("United States", "sanctionsLiftedOn", "Cuba") in got


@pytest.mark.parametrize("text", [
    "Britain lifted its sanctions.",
    "The EU will lift sanctions on Syria once elections are held.",
])
def test_lifting_with_no_country_or_with_a_condition_lifts_nothing(text):
    assert not any(p == "sanctionsLiftedOn" for _, p, _ in facts(text))


# --- "along with": the others of the same release or sanction -----------------------------------------------


def test_people_freed_along_with_someone_are_freed_by_the_same_party():
    got = facts("Myanmar freed Sean Turnell in November in an amnesty after 650 days in detention, along with "
                "former British ambassador Vicky Bowman and Japanese filmmaker Toru Kubota.", dateline="May 2, 2023")
    for name in ("Sean Turnell", "Vicky Bowman", "Toru Kubota"):
        assert ("Myanmar", "released", name) in got


def test_people_sanctioned_along_with_someone_are_sanctioned_too():
    got = facts("Britain sanctioned Oleg Orlov on Monday for his role in the war, along with his wife Anna Orlova.")
    assert ("United Kingdom", "sanctionsImposedOn", "Anna Orlova") in got


@pytest.mark.parametrize("text", [
    "Iran freed Ivo Marsh, who arrived in Paris on Monday along with Odo Renn.",
    "Iran freed Ivo Marsh on Monday, the ministry said, along with Odo Renn.",
])
def test_along_with_in_another_clause_frees_nobody_else(text):
    assert ("Iran", "released", "Odo Renn") not in facts(text)


# --- "whom": a relative clause opens no list, and may tell a meeting ---------------------------------------


def test_someone_whom_another_met_was_met_and_is_no_second_target():
    got = facts("Britain froze the assets of Sergei Lavrov, whom Liz Truss met in Moscow last month.",
                dateline="March 10, 2022")
    assert ("United Kingdom", "sanctionsImposedOn", "Sergei Lavrov") in got
    assert ("United Kingdom", "sanctionsImposedOn", "Liz Truss") not in got
    assert ("Sergei Lavrov", "metWith", "Liz Truss") in got or ("Liz Truss", "metWith", "Sergei Lavrov") in got


@pytest.mark.parametrize("text", [
    "Britain sanctioned Sergei Lavrov, whom Liz Truss had never met.",
    "Sergei Lavrov, whom Liz Truss will meet next week, was sanctioned.",
])
def test_a_meeting_in_a_relative_clause_that_did_not_happen_is_no_meeting(text):
    assert not any(p == "metWith" for _, p, _ in facts(text))


# --- a participle with its agent after the main clause ----------------------------------------------------


def test_people_who_arrived_home_freed_by_a_government_were_released_by_it():
    got = facts("Aid worker Lena Fischer and engineer Tomas Novak flew into Munich on Tuesday, freed by Tehran "
                "after fourteen months in custody.")
    assert ("Iran", "released", "Lena Fischer") in got
    assert ("Iran", "released", "Tomas Novak") in got


def test_an_arrival_told_before_the_release_in_the_same_sentence_is_the_destination():
    got = facts("Lena Fischer and Tomas Novak flew into Munich on Tuesday, freed by Tehran after months in custody.")
    assert ("Lena Fischer", "releasedTo", "Munich") in got
    assert ("Tomas Novak", "releasedTo", "Munich") in got


def test_an_arrival_before_a_release_told_only_in_a_later_sentence_is_no_destination():
    got = facts("Lena Fischer flew into Munich on Tuesday. Separately, Iran freed Tomas Novak.")
    assert not any(p == "releasedTo" for _, p, _ in got)


@pytest.mark.parametrize("text", [
    "Aid worker Lena Fischer flew into Munich on Tuesday, welcomed by relatives at the airport.",
    "Aid worker Lena Fischer flew into Munich on Tuesday, not freed by Tehran but by a court.",
    "Aid worker Lena Fischer said on Tuesday she hoped to be freed by Tehran soon.",
])
def test_a_trailing_participle_that_is_no_release_by_the_agent_frees_nobody(text):
    assert not any(p == "released" for _, p, _ in facts(text))


# --- the members of a counted group named in the next sentence, each with a description ----------------------


def test_people_named_with_descriptions_after_a_counted_release_are_its_members():
    got = facts("Cuba freed two jailed Canadians on Monday. Anna Berg, an engineer held since 2019 on "
                "charges her family calls false, and Paul Dunn, a retired teacher arrested last year, were flown out "
                "of Havana and landed in Canada late on Monday.")
    assert ("Cuba", "released", "Anna Berg") in got
    assert ("Cuba", "released", "Paul Dunn") in got
    assert ("Anna Berg", "releasedTo", "Canada") in got
    assert ("Paul Dunn", "releasedTo", "Canada") in got


def test_more_people_named_with_descriptions_than_the_counted_group_are_not_its_members():
    got = facts("Cuba freed two jailed Canadians on Monday. Anna Berg, a engineer, Paul Dunn, a teacher, and Mark "
                "Hill, a pilot, were in Havana on Monday.")
    assert not any(p == "released" and o in ("Anna Berg", "Paul Dunn", "Mark Hill") for _, p, o in got)


# --- "put them on a plane to X": where the released were sent ----------------------------------------------


def test_released_people_put_on_a_plane_to_a_place_were_released_to_it():
    got = facts("Cuba released 40 political prisoners on Friday and put them on a flight to Madrid.")
    assert ("40 political prisoners", "releasedTo", "Madrid") in got


def test_them_after_a_group_and_a_part_of_it_is_the_whole_group():
    got = facts("Cuba released 40 political prisoners on Friday, including 12 journalists, and put them on a plane "
                "to Madrid.")
    assert ("40 political prisoners", "releasedTo", "Madrid") in got
    assert not any(s == "12 journalists" and p == "releasedTo" for s, p, _ in got)


@pytest.mark.parametrize("text", [
    "Cuba arrested 40 activists on Friday and put them on a plane to Havana.",
    "Cuba released 40 political prisoners on Friday and put pressure on Spain to respond.",
])
def test_putting_people_not_released_on_a_plane_or_putting_pressure_sends_nobody(text):
    assert not any(p == "releasedTo" for _, p, _ in facts(text))


# --- "the rebels", "the militants": the armed group named last ---------------------------------------------


def test_the_rebels_are_the_armed_group_named_before():
    got = facts("Boko Haram seized Peter Holm in May. The rebels released Peter Holm on Friday.")
    assert ("Boko Haram", "released", "Peter Holm") in got


def test_the_militants_after_a_reporting_verb_are_still_the_armed_group():
    got = facts("Hamas seized Peter Holm in May. The minister said the militants had freed Peter Holm on Friday.")
    assert ("Hamas", "released", "Peter Holm") in got


@pytest.mark.parametrize("text", [
    "Peter Holm was seized in May. The rebels released Peter Holm on Friday.",
    "Amnesty International said Peter Holm was seized in May. The militants released Peter Holm on Friday.",
])
def test_the_rebels_with_no_armed_group_named_are_a_party_of_their_own_words(text):
    # (no known group: the words are the party, as the gold counts "rebels", "the kidnappers", "her captors")
    assert {(s, o) for s, p, o in facts(text) if p == "released"} in (
        {("rebels", "Peter Holm")}, {("militants", "Peter Holm")})


def test_a_nations_armed_band_with_no_group_named_is_the_party_that_freed():
    got = facts("Somali pirates on Sunday freed Paul Brent, a retired teacher held for a year.")
    assert ("Somali pirates", "released", "Paul Brent") in got
    got = facts("Yemeni gunmen released Peter Holm on Friday.")
    assert ("Yemeni gunmen", "released", "Peter Holm") in got


def test_a_hostages_captors_with_no_group_named_are_the_party_that_freed_him():
    got = facts("Peter Holm was freed by his captors on Tuesday and handed over to Turkish officials.")
    assert ("captors", "released", "Peter Holm") in got


def test_captors_and_bands_are_the_armed_group_named_before():
    got = facts("Hamas seized Peter Holm in May. He was freed by his captors on Friday.")
    assert ("Hamas", "released", "Peter Holm") in got
    assert not any(s == "captors" for s, _, _ in got)
    got = facts("Boko Haram seized Peter Holm in May. Nigerian militants freed him on Friday.")
    assert ("Boko Haram", "released", "Peter Holm") in got


@pytest.mark.parametrize("text", [
    "The ministry said Somali pirates were holding the ship.",
    "The kidnappers of Peter Holm demanded a ransom. His captors released a video on Monday.",
    "Somali officials freed Peter Holm on Friday.",
])
def test_captors_and_bands_that_free_no_one_are_no_party(text):
    got = facts(text)
    assert not any(p == "released" and s in ("captors", "Somali pirates", "Somali officials") for s, p, _ in got)


# --- a reduced passive relative with its agent between the subject and the verb ----------------------------


def test_a_group_freed_by_a_party_that_was_flown_somewhere_was_released_to_it():
    got = facts("Three aid workers freed by the Taliban after five months in the mountains of the east were flown "
                "to Doha on Friday.")
    assert ("Taliban", "released", "three aid workers") in got
    assert ("three aid workers", "releasedTo", "Doha") in got


def test_a_person_freed_by_a_government_who_landed_somewhere_was_released_to_it():
    got = facts("Lena Fischer freed by Iran landed in Munich on Tuesday.")
    assert ("Lena Fischer", "releasedTo", "Munich") in got


@pytest.mark.parametrize("text", [
    "Three aid workers held by the Taliban after five months in the mountains were flown to Doha on Friday.",
    "Three aid workers freed by the Taliban after talks with Qatar arrived in Doha on Friday.",
])
def test_a_group_held_by_a_party_or_a_talk_between_gives_no_destination(text):
    got = facts(text)
    assert not any(p in ("releasedTo", "metWith") for _, p, _ in got)


# --- counted groups whose members are named --------------------------------------------------------------


def test_a_counted_group_whose_members_are_all_named_gives_way_to_them():
    got = facts("Washington also blacklisted three Moldovans, including the former mayor Ion Rusu; Vlad Ciobanu, "
                "a banker; and Petru Lungu.")
    for name in ("Ion Rusu", "Vlad Ciobanu", "Petru Lungu"):
        assert ("United States", "sanctionsImposedOn", name) in got
    assert not any(o == "three Moldovans" for _, _, o in got)


def test_a_counted_group_named_only_in_part_stays_beside_its_named_members():
    got = facts("The European Union imposed asset freezes on 14 officials, among them Ion Rusu and Petru Lungu.")
    assert ("European Union", "sanctionsImposedOn", "14 officials") in got
    assert ("European Union", "sanctionsImposedOn", "Ion Rusu") in got


def test_a_group_counted_only_at_least_is_not_exhausted_by_its_named_members():
    got = facts("The European Union imposed asset freezes on at least two officials, Ion Rusu and Petru Lungu.")
    assert any(o.endswith("two officials") for _, _, o in got)


# --- two ministries of one country in one phrase -----------------------------------------------------------


def test_a_country_s_two_coordinated_ministries_are_two_targets():
    got = facts("Britain lifted its sanctions on Belarus's finance and energy ministries on Tuesday.")
    assert ("United Kingdom", "sanctionsLiftedOn", "Ministry of Finance of Belarus") in got
    assert ("United Kingdom", "sanctionsLiftedOn", "Ministry of Energy of Belarus") in got


def test_a_ministry_keeps_the_words_the_article_named_it_by():
    art = article_from_text("Wire report\n\nMarch 3, 2021\n\nBritain sanctioned Belarus's finance and energy "
                            "ministries and Iran's defense ministry.\n", source="t.txt")
    aliases = {f.object.label: f.object.aliases for f in extract(art).facts}
    assert "Belarus's finance ministry" in aliases["Ministry of Finance of Belarus"]
    assert "Belarus's energy ministry" in aliases["Ministry of Energy of Belarus"]
    assert "Iran's defense ministry" in aliases["Ministry of Defence of Iran"]


@pytest.mark.parametrize("text", [
    "Britain lifted its sanctions on Belarus's finance and other ministries on Tuesday.",
    "Britain lifted its sanctions on the finance and energy ministries on Tuesday.",
])
def test_a_coordination_that_names_no_two_ministries_of_a_country_gives_no_ministry(text):
    assert not any(o.startswith("Ministry of") for _, _, o in facts(text))


# --- "agreed on" measures, two measures joined, "among them" ------------------------------------------------


def test_agreeing_on_two_measures_against_a_counted_group_sanctions_it_and_the_members_named():
    got = facts("Meeting in Luxembourg, EU foreign ministers agreed on visa bans and asset freezes against 14 "
                "officials, among them Ion Rusu and Petru Lungu.")
    assert ("European Union", "sanctionsImposedOn", "14 officials") in got
    assert ("European Union", "sanctionsImposedOn", "Ion Rusu") in got
    assert ("European Union", "sanctionsImposedOn", "Petru Lungu") in got


@pytest.mark.parametrize("text", [
    "EU ministers failed to agree on sanctions against Moldova on Monday.",
    "EU ministers could not agree on sanctions against Moldova.",
    "EU ministers are expected to agree on sanctions against Moldova next week.",
    "EU ministers have yet to agree on sanctions against Moldova.",
])
def test_agreeing_on_sanctions_that_did_not_happen_sanctions_nobody(text):
    assert not any(p == "sanctionsImposedOn" for _, p, _ in facts(text))


def test_among_them_after_the_releasing_party_names_no_releaser():
    got = facts("Hours later, five political prisoners were freed by Moldovan authorities, among them the "
                "journalist Ion Rusu.")
    assert not any(s == "Ion Rusu" and p == "released" for s, p, _ in got)


# --- "Among them were" after a counted group -------------------------------------------------------------


def test_among_them_after_a_blacklisted_group_frees_nobody():
    got = facts("The committee blacklisted four Moldovan officials and two banks on Monday. Among them were Ion "
                "Rusu, a deputy minister, and Petru Lungu, a banker.")
    assert not any(p == "released" for _, p, _ in got)


def test_among_them_after_a_freed_group_names_people_freed():
    got = facts("Moldova freed four political prisoners on Monday. Among them were Ion Rusu, a journalist.")
    assert ("Moldova", "released", "Ion Rusu") in got


def test_a_spokesman_announcing_that_the_country_would_sanction_people_tells_the_sanction():
    got = facts("China on Monday imposed sanctions on U.S. Senator Ted Holt. Foreign ministry spokeswoman Mei Lan "
                "told a regular briefing that Beijing would also sanction Congressman Bram Dorn and Sam Rook, the US "
                "ambassador-at-large for religious freedom.")
    assert {("China", "sanctionsImposedOn", "Bram Dorn"), ("China", "sanctionsImposedOn", "Sam Rook")} <= got
    assert ("China", "sanctionsImposedOn", "United States") not in got


def test_a_sanction_that_would_come_only_under_a_condition_or_threat_is_not_told():
    got = facts("Foreign ministry spokeswoman Mei Lan said Beijing would sanction Bram Dorn if he visited Taiwan.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)
    got = facts("Mei Lan warned that Beijing would sanction Bram Dorn.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)
    got = facts("Mei Lan said Beijing could sanction Bram Dorn.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)


def test_a_one_word_alias_inside_a_longer_hyphenated_name_is_not_that_body():
    got = facts("Norway imposed sanctions on Ivo Tal and the Inter-Andean Commission on Trade, a body that monitors "
                "commerce.")
    assert not any(o == "European Commission" for s, p, o in got)


# --- the shapes of published news (a survey of real copy; every sentence here is our own) -------------------


def test_an_abbreviated_month_between_the_subject_and_the_verb_keeps_the_clause():
    got = facts("Britain on Oct. 14 sanctioned 20 Iranian officials.")
    assert ("United Kingdom", "sanctionsImposedOn", "20 Iranian officials") in got
    got = facts("Norway on Sept. 9 designated Arvex Shipping and Lorn Trading.")
    assert {("Norway", "sanctionsImposedOn", "Arvex Shipping"), ("Norway", "sanctionsImposedOn", "Lorn Trading")} <= got
    # a month that ends a sentence still ends it: the next sentence's subject is its own
    got = facts("Norway designated Arvex Shipping in Oct. Peru lifted sanctions on Lorn Trading.")
    assert ("Peru", "sanctionsLiftedOn", "Lorn Trading") in got
    assert ("Norway", "sanctionsLiftedOn", "Lorn Trading") not in got


def test_north_korea_abbreviated_is_the_country():
    assert ("United States", "sanctionsImposedOn", "North Korea") in facts("The United States sanctioned N. Korea on Monday.")
    assert ("North Korea", "released", "two fishermen") in facts("N. Korea freed two fishermen on Monday.")
    # an initial before another name is no country
    assert not any(o == "North Korea" for s, p, o in facts("The United States sanctioned N. Kormanov on Monday."))


def test_an_acronym_in_brackets_after_a_body_is_its_short_name_even_when_unknown():
    got = facts("The United Nations Security Council (UNSC) imposed sanctions on Mali on Friday.")
    assert ("United Nations Security Council", "sanctionsImposedOn", "Mali") in got
    got = facts("The Andean Trade Authority (ATA) imposed sanctions on Peru on Friday.")
    assert any(p == "sanctionsImposedOn" and o == "Peru" and s.endswith("Andean Trade Authority") for s, p, o in got)
    # a name kg does not know, with the short name it knows, is the known body
    got = facts("The Islamic Resistance Movement (Hamas) freed two Thai workers on Friday.")
    assert ("Hamas", "released", "two Thai workers") in got
    # a bracket that is no short name changes nothing
    got = facts("The Andean Trade Authority (in Lima) imposed sanctions on Peru on Friday.")
    assert not any(o == "Lima" for s, p, o in got)


def test_a_place_and_a_time_phrase_between_met_and_with_keep_the_meeting():
    got = facts("Ivo Tal met in Lima shortly before the vote with Kees Vell, an envoy of the president.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got
    got = facts("Ivo Tal met on Monday after the ceremony with Kees Vell.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got
    # the time phrase's own meeting noun is another event: "after talks with" names no one "met with"
    got = facts("Ivo Tal met Ana Dorn in Lima after talks with Kees Vell.")
    assert ("Ivo Tal", "metWith", "Kees Vell") not in got and ("Kees Vell", "metWith", "Ivo Tal") not in got


def test_a_place_and_an_outlet_in_brackets_before_the_subject_are_a_dateline():
    got = facts("Oslo, (Nordic Evening Post) The European Union expanded sanctions against Belarus, targeting 14 "
                "entities and 22 individuals.")
    assert {("European Union", "sanctionsImposedOn", "Belarus"), ("European Union", "sanctionsImposedOn", "14 entities"),
            ("European Union", "sanctionsImposedOn", "22 individuals")} <= got
    assert not any(s == "Norway" for s, p, o in got)
    # a country before a comma that is the subject itself is no dateline
    got = facts("Norway, after months of debate, expanded sanctions against Belarus, targeting 14 entities.")
    assert ("Norway", "sanctionsImposedOn", "14 entities") in got


def test_amir_before_sheikh_or_after_the_is_the_title_emir_and_the_state_of_x_is_x():
    got = facts("Kuwaiti Amir Sheikh Salem Al-Ahmad Al-Sabah thanked Qatar for its mediation.")
    assert ("Salem Al-Ahmad Al-Sabah", "leaderOf", "Kuwait") in got
    got = facts("The Amir of the State of Qatar, Sheikh Hamid bin Nasser Al Thani, received the envoy.")
    assert ("Hamid bin Nasser Al Thani", "leaderOf", "Qatar") in got
    # Amir as a given name is no title
    got = facts("Israeli Amir Dahan met Ivo Tal in Lima.")
    assert not any(p == "leaderOf" for s, p, o in got)
    assert ("Norway", "sanctionsImposedOn", "Qatar") in facts("Norway sanctioned the State of Qatar on Monday.")


def test_an_armed_group_named_by_its_adjective_before_rebels_or_forces_is_the_group():
    assert ("Houthis", "released", "14 prisoners") in facts("Houthi rebels released 14 prisoners on Sunday.")
    assert ("Houthis", "released", "14 prisoners") in facts("Houthi forces freed 14 prisoners on Sunday.")
    got = facts("The Houthi rebels in Yemen released two Indian sailors on Sunday.")
    assert ("Houthis", "released", "two Indian sailors") in got
    assert not any(s == "Yemen" and p == "released" for s, p, o in got)
    # rebels with no name, in a country, are a party of their own words; the country freed no one
    got = facts("Rebels in northern Yemen released two Indian sailors on Sunday.")
    assert {(s, o) for s, p, o in got if p == "released"} == {("rebels", "two Indian sailors")}


def test_a_head_of_states_counterpart_of_another_nationality_leads_that_country():
    got = facts("Peruvian President Ivo Tal and his Chilean counterpart Ana Dorn held talks in Lima.")
    assert ("Ana Dorn", "leaderOf", "Chile") in got
    got = facts("Peruvian President Ivo Tal arrived in Santiago on Monday. He met his Chilean counterpart, Ana Dorn.")
    assert ("Ana Dorn", "leaderOf", "Chile") in got
    # a minister's counterpart is a minister
    got = facts("Peruvian Defence Minister Ivo Tal and his Chilean counterpart, Ana Dorn, held talks in Lima.")
    assert ("Ana Dorn", "leaderOf", "Chile") not in got


def test_a_joint_title_with_a_heads_office_makes_its_holder_lead():
    got = facts("Qatari Prime Minister and Foreign Minister Sheikh Hamid bin Nasser Al Thani met Ivo Tal.")
    assert ("Hamid bin Nasser Al Thani", "leaderOf", "Qatar") in got
    # two ministers' offices lead nothing; two titles with no name are two people, not one
    got = facts("Peru's Defence Minister and Foreign Minister Ana Dorn met Ivo Tal.")
    assert not any(p == "leaderOf" for s, p, o in got)
    got = facts("Peru's President and Prime Minister met Ivo Tal on Monday.")
    assert not any(p == "leaderOf" for s, p, o in got)


def test_sheikh_stays_in_the_name_of_a_leader_the_table_knows_by_it():
    got = facts("Bangladesh Prime Minister Sheikh Hasina met Narendra Modi.", dateline="March 3, 2021")
    assert ("Sheikh Hasina", "leaderOf", "Bangladesh") in got
    got = facts("Kuwaiti Crown Prince Sheikh Salem Al-Ahmad met Narendra Modi.")
    assert not any(s.startswith("Sheikh") for s, p, o in got)


def test_pm_is_the_title_prime_minister():
    got = facts("Prime Minister Narendra Modi arrived in Dhaka on Monday. PM Modi met Ivo Tal.", dateline="March 3, 2021")
    assert ("Narendra Modi", "metWith", "Ivo Tal") in got or ("Ivo Tal", "metWith", "Narendra Modi") in got
    assert ("Ana Dorn", "leaderOf", "India") in facts("Indian PM Ana Dorn met Ivo Tal.")
    # a time of day is no title
    got = facts("The talks ended at 5 PM Ivo Tal said.")
    assert not any(p == "leaderOf" for s, p, o in got)


def test_a_purpose_to_compel_a_release_and_a_meeting_to_come_are_not_told():
    got = facts("Norway imposed sanctions on Peru in 2011 to force Peru to hand over three men wanted for the attack.")
    assert ("Norway", "sanctionsImposedOn", "Peru") in got
    assert not any(p == "released" for s, p, o in got)
    got = facts("Officials hoped for progress when Defence Minister Ivo Tal and his Chilean counterpart, Ana Dorn, meet "
                "later this week.")
    assert not any(p == "metWith" for s, p, o in got)
    # a release that was compelled, and a meeting told in the past, are told
    assert ("Peru", "released", "three men") in facts("Norway forced Peru to hand over three men on Monday.")
    got = facts("Defence Minister Ivo Tal met Ana Dorn later that week.")
    assert ("Ivo Tal", "metWith", "Ana Dorn") in got or ("Ana Dorn", "metWith", "Ivo Tal") in got


def test_a_leader_told_at_the_end_of_a_term_is_no_sitting_leader():
    got = facts("Norway lifted sanctions on Peru on Friday. The process was begun by Peruvian President Ivo Tal's "
                "government towards the end of his tenure.")
    assert ("Ivo Tal", "leaderOf", "Peru") not in got
    got = facts("Peruvian President Ivo Tal freed two Chileans before leaving office.")
    assert ("Ivo Tal", "leaderOf", "Peru") not in got
    # a term told without its end changes nothing
    got = facts("Peruvian President Ivo Tal said his term in office would bring reform.")
    assert ("Ivo Tal", "leaderOf", "Peru") in got


def test_a_us_state_or_city_as_a_destination_is_the_united_states():
    got = facts("North Korea freed Ivo Tal on Monday. Tal arrived Wednesday in Ohio.")
    assert ("Ivo Tal", "releasedTo", "United States") in got
    assert not any(p == "releasedTo" and o == "Ohio" for s, p, o in got)
    # a city elsewhere stays the city (it may lie in a territory in dispute)
    got = facts("Norway freed Ivo Tal on Monday. Tal flew to Hamburg.")
    assert ("Ivo Tal", "releasedTo", "Hamburg") in got


def test_a_body_under_a_leader_is_who_acts():
    got = facts("The Treasury under President Ana Dorn removed five Syrians from the list.", dateline="")
    assert not any(s == "Ana Dorn" and p.startswith("sanctions") for s, p, o in got)
    assert any(p == "sanctionsLiftedOn" and o == "five Syrians" and "Treasury" in s for s, p, o in got)


def test_welcoming_the_release_of_a_person_praises_no_one():
    got = facts("Norway welcomed the release of Ivo Tal by Peru on Monday.")
    assert not any(p == "praisedBy" for s, p, o in got)
    # a release told before, welcomed or hailed, praises the people freed (the seed's convention)
    got = facts("Peru freed Ivo Tal on Monday. Norway welcomed the release.")
    assert ("Ivo Tal", "praisedBy", "Norway") in got
    got = facts("Peru freed Ivo Tal on Monday. Norway hailed the release.")
    assert ("Ivo Tal", "praisedBy", "Norway") in got


def test_a_place_is_no_antecedent_of_who_nor_the_subject_after_a_relative_clause_without_commas():
    got = facts("Hamas freed 9 captives in the town of Rafah, south of the Gaza Strip, who were received by the "
                "International Committee of the Red Cross.")
    assert not any(p == "metWith" for s, p, o in got)
    got = facts("President Ivo Tal who is on an official visit in Kenya has held talks with his counterpart Ana Dorn.")
    assert ("Ivo Tal", "metWith", "Ana Dorn") in got or ("Ana Dorn", "metWith", "Ivo Tal") in got
    assert not any(p == "metWith" and "Kenya" in (s, o) for s, p, o in got)
    # a person is: "X, who was received by Y" is a meeting of Y with X
    got = facts("Israel freed Ivo Tal, who was received by Ana Dorn.")
    assert ("Ana Dorn", "metWith", "Ivo Tal") in got or ("Ivo Tal", "metWith", "Ana Dorn") in got


def test_a_resolution_as_subject_acts_for_the_body_the_article_says_adopted_it():
    got = facts("The Security Council adopted a resolution on Mali on Friday. The resolution imposes an asset freeze on "
                "Mali's army chief, Awa Keita.")
    assert ("United Nations Security Council", "sanctionsImposedOn", "Awa Keita") in got
    got = facts("The Security Council adopted a resolution on Mali on Friday. The resolution does not impose sanctions "
                "on Awa Keita.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)


def test_an_action_that_includes_the_designation_of_x_sanctions_x():
    got = facts("OFAC's action includes the designation of Arvex Shipping.")
    assert ("Office of Foreign Assets Control", "sanctionsImposedOn", "Arvex Shipping") in got
    got = facts("Norway imposed sanctions on Mali. The action includes the designation of Arvex Shipping and Lorn Trading.")
    assert {("Norway", "sanctionsImposedOn", "Arvex Shipping"), ("Norway", "sanctionsImposedOn", "Lorn Trading")} <= got
    got = facts("Norway's decision includes the designation of Oslo as host city.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)


def test_not_renewing_a_listing_and_no_longer_sanctioning_are_reliefs():
    got = facts("Norway decided not to renew the listings of four individuals.")
    assert ("Norway", "sanctionsLiftedOn", "four individuals") in got
    got = facts("Norway no longer sanctions Ivo Tal.")
    assert ("Norway", "sanctionsLiftedOn", "Ivo Tal") in got
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)
    # not lifting, and sanctioning still, are no relief
    got = facts("Norway decided not to lift the sanctions on Ivo Tal.")
    assert not any(p == "sanctionsLiftedOn" for s, p, o in got)
    got = facts("Norway decided to renew the listings of four individuals.")
    assert not any(p == "sanctionsLiftedOn" for s, p, o in got)


def test_one_of_a_nationality_is_a_counted_group_in_a_list_and_alone():
    got = facts("Belarus released 14 foreigners, including two Poles, two Swedes, one Spaniard and one Briton.")
    assert {("Belarus", "released", "two Swedes"), ("Belarus", "released", "one Spaniard"),
            ("Belarus", "released", "one Briton")} <= got
    assert ("Belarus", "released", "one American") in facts("Belarus freed one American on Monday.")
    # a singular nationality before a noun is that noun's modifier, not a group of its own
    got = facts("Belarus freed one American journalist on Monday.")
    assert ("Belarus", "released", "one American") not in got


def test_calling_on_a_person_and_a_call_received_from_one_are_meetings():
    got = facts("Prime Minister Ana Dorn called on the Ghanaian President Kees Vell on Monday.")
    assert ("Ana Dorn", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ana Dorn") in got
    got = facts("Ana Dorn received a phone call from Ivo Tal on Monday.")
    assert ("Ana Dorn", "metWith", "Ivo Tal") in got or ("Ivo Tal", "metWith", "Ana Dorn") in got
    # calling on someone to do something is a demand, not a visit
    for text in ("Ana Dorn called on President Ivo Tal to resign.", "Ana Dorn called on Ivo Tal, urging him to resign.",
                 "Ana Dorn called on Ivo Tal and Kees Vell to step down."):
        assert not any(p == "metWith" for s, p, o in facts(text)), text


def test_he_after_a_person_named_for_a_memorial_is_the_visitor():
    got = facts("Pakistani President Ivo Tal laid a wreath at Rajghat, Mahatma Gandhi's memorial. He later called on "
                "President Kees Vell.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got
    assert not any(p == "metWith" and "Mahatma Gandhi" in (s, o) for s, p, o in got)


def test_credit_appreciation_of_a_role_and_a_statement_thanking_are_praise():
    got = facts("President Ivo Tal gave special credit to Norway and Chile for helping secure the deal.")
    assert {("Norway", "praisedBy", "Ivo Tal"), ("Chile", "praisedBy", "Ivo Tal")} <= got
    got = facts("Ghana's President Ana Dorn appreciated the mediation of Kenya.")
    assert ("Kenya", "praisedBy", "Ana Dorn") in got
    got = facts("Foreign Minister Kees Vell issued a statement thanking Qatar for its efforts.")
    assert ("Qatar", "praisedBy", "Kees Vell") in got
    # a statement someone else issued, and appreciating a release, praise no one
    assert not any(p == "praisedBy" for s, p, o in facts("Kees Vell rejected a statement thanking Qatar."))
    assert not any(p == "praisedBy" for s, p, o in facts("Ana Dorn appreciated the release of Ivo Tal."))


def test_people_who_were_among_those_freed_were_freed_by_the_release_told_before():
    got = facts("Belarus freed 14 foreigners on Monday. Officials said four Estonian nationals were among those freed.")
    assert ("Belarus", "released", "four Estonian nationals") in got
    assert ("Belarus", "released", "Ivo Tal") in facts("Ivo Tal was among those released by Belarus.")
    # among a group that was not freed, or not among those freed: no release
    got = facts("Belarus jailed 14 foreigners on Monday. Ivo Tal was among the 14 foreigners.")
    assert not any(p == "released" for s, p, o in got)
    got = facts("Belarus freed 14 foreigners on Monday. Ivo Tal was not among those released.")
    assert ("Belarus", "released", "Ivo Tal") not in got


def test_a_title_of_a_country_before_a_name_without_a_comma_leads_that_country():
    got = facts("His Highness the Amir of the State of Kuwait Sheikh Salem Al-Ahmad Al-Sabah received the envoy.")
    assert ("Salem Al-Ahmad Al-Sabah", "leaderOf", "Kuwait") in got
    got = facts("The President of Ghana Kofi Annor met Ivo Tal on Monday.")
    assert ("Kofi Annor", "leaderOf", "Ghana") in got
    # a minister of a country leads nothing
    got = facts("The Minister of Ghana Kofi Annor met Ivo Tal on Monday.")
    assert not any(p == "leaderOf" for s, p, o in got)


def test_a_title_of_a_country_before_a_body_named_after_it_is_no_leader():
    got = facts("Norway sanctioned Ivo Tal, the chief executive of the Ghana Mines, Petroleum and Gas Board.")
    assert not any(p == "leaderOf" and o == "Ghana" for s, p, o in got)


def test_unveiling_sanctions_relief_for_x_lifts_sanctions_on_x():
    got = facts("Norway unveiled sanctions relief for Syria and Cuba on Monday.")
    assert {("Norway", "sanctionsLiftedOn", "Syria"), ("Norway", "sanctionsLiftedOn", "Cuba")} <= got
    for text in ("Norway unveiled plans to consider sanctions relief for Syria.",
                 "Norway has not announced sanctions relief for Syria."):
        assert not any(p == "sanctionsLiftedOn" for s, p, o in facts(text)), text


def test_a_name_without_its_middle_name_or_a_surname_with_its_particle_is_the_person_named_before():
    got = facts("North Korea freed Ivo Peter Tal on Monday. Ivo Tal flew to Ohio.")
    assert ("Ivo Peter Tal", "releasedTo", "United States") in got
    got = facts("Egyptian President Abdul Karim Al Hadi met Ivo Tal. Al Hadi praised Ivo Tal.")
    assert ("Ivo Tal", "praisedBy", "Abdul Karim Al Hadi") in got
    # another given name, or a middle initial, makes another person
    got = facts("North Korea freed Ivo Peter Tal on Monday. Anna Tal flew to Ohio.")
    assert not any(p == "releasedTo" for s, p, o in got)
    got = facts("Norway freed Ivo P. Tal on Monday. Ivo Tal flew to Ohio.")
    assert ("Ivo P. Tal", "releasedTo", "United States") not in got


def test_a_person_of_a_nationality_freed_or_sanctioned_is_a_group_of_one():
    assert ("Chile", "released", "an American citizen") in facts("Chile released an American citizen on Tuesday.")
    got = facts("Iran freed a German journalist and two Britons on Monday.")
    assert {("Iran", "released", "a German journalist"), ("Iran", "released", "two Britons")} <= got
    # elsewhere it is no group: "a Russian court" is no one freed, nor a list's member
    got = facts("A Russian court jailed Ivo Tal. Norway freed 10 people on Monday. The 10 included a Moroccan student.")
    assert not any(o == "a Moroccan student" for s, p, o in got)


def test_a_sanction_that_will_come_reported_as_announced_is_told():
    got = facts("Norway will impose sanctions on 8 entities, the government announced on Friday.")
    assert ("Norway", "sanctionsImposedOn", "8 entities") in got
    got = facts("Foreign ministry spokeswoman Ana Dorn said Oslo would impose sanctions on Ivo Tal.")
    assert ("Norway", "sanctionsImposedOn", "Ivo Tal") in got
    # a condition, an expectation or no report: nothing
    for text in ("Norway will impose sanctions on 8 entities if talks fail, the government announced.",
                 "Norway will impose sanctions on 8 entities, analysts expect.",
                 "Norway will impose sanctions on 8 entities next year."):
        assert not any(p == "sanctionsImposedOn" for s, p, o in facts(text)), text


def test_strengthening_restrictive_measures_against_x_imposes_them():
    got = facts("On Monday Norway strengthened its restrictive measures against Belarus.")
    assert ("Norway", "sanctionsImposedOn", "Belarus") in got
    for text in ("Norway called for strengthening sanctions on Belarus.", "Norway wants to intensify sanctions on Belarus."):
        assert not any(p == "sanctionsImposedOn" for s, p, o in facts(text)), text


def test_that_country_is_the_country_named_last_before():
    got = facts("Norway imposed sanctions on Belarus in 2020. Peru lifted its sanctions against that country last year.")
    assert ("Peru", "sanctionsLiftedOn", "Belarus") in got
    # with no country named before, nothing
    got = facts("Peru lifted its sanctions against that country last year.")
    assert not any(p == "sanctionsLiftedOn" for s, p, o in got)


def test_calling_a_person_to_thank_or_congratulate_them_is_a_phone_call():
    got = facts("Ivo Tal called Ana Dorn on Monday to congratulate her on the deal.")
    assert ("Ivo Tal", "metWith", "Ana Dorn") in got or ("Ana Dorn", "metWith", "Ivo Tal") in got
    for text in ("Ivo Tal called Ana Dorn a liar.", "Ivo Tal called Ana Dorn to resign."):
        assert not any(p == "metWith" for s, p, o in facts(text)), text


def test_a_quotation_that_opens_by_thanking_a_person_by_name_is_the_speakers_praise():
    got = facts('"Thank you, President Ivo Tal, for your leadership," said Ana Dorn.')
    assert ("Ivo Tal", "praisedBy", "Ana Dorn") in got
    for text in ('"Thank you for nothing, Ivo Tal," Ana Dorn said.', '"Thank you, Ivo Tal, but no," Ana Dorn said.'):
        assert not any(p == "praisedBy" for s, p, o in facts(text)), text


def test_letting_sanctions_on_x_lapse_lifts_them():
    got = facts("Norway allowed the listings of Ivo Tal and Ana Dorn to expire.")
    assert {("Norway", "sanctionsLiftedOn", "Ivo Tal"), ("Norway", "sanctionsLiftedOn", "Ana Dorn")} <= got
    for text in ("Norway did not let the sanctions on Ivo Tal lapse.", "Norway will let the sanctions on Ivo Tal lapse."):
        assert not any(p == "sanctionsLiftedOn" for s, p, o in facts(text)), text


def test_one_and_the_singular_of_a_plural_nationality_is_a_group_of_one():
    got = facts("Belarus released 14 foreigners, including two Poles, one Swede and one Dane.")
    assert {("Belarus", "released", "one Swede"), ("Belarus", "released", "one Dane")} <= got
    # the same word as a given name is a name
    got = facts("Dane Smith met Ivo Tal in Minsk.")
    assert ("Dane Smith", "metWith", "Ivo Tal") in got or ("Ivo Tal", "metWith", "Dane Smith") in got


def test_a_speaker_who_thanks_in_the_first_person_inside_a_quotation_praises_whom_they_thank():
    got = facts('"I want to thank Norway for its patience," Ana Dorn said.')
    assert ("Norway", "praisedBy", "Ana Dorn") in got
    got = facts('Ana Dorn told reporters: "We are deeply grateful to Chile and Peru."')
    assert {("Chile", "praisedBy", "Ana Dorn"), ("Peru", "praisedBy", "Ana Dorn")} <= got
    got = facts('"The talks were hard. I would like to thank Norway for hosting them," Ana Dorn said.')
    assert ("Norway", "praisedBy", "Ana Dorn") in got
    for text in ('"I do not want to thank Norway," Ana Dorn said.', '"I would thank Norway if it helped," Ana Dorn said.',
                 '"They thank Norway," Ana Dorn said.'):
        assert not any(p == "praisedBy" for s, p, o in facts(text)), text


def test_hard_line_breaks_inside_a_phrase_are_read_as_spaces():
    got = facts("The European Union imposed restrictive measures against\nAna Costa\nand Pedro Lopez\non 1 October 2020.")
    assert {("European Union", "sanctionsImposedOn", "Ana Costa"),
            ("European Union", "sanctionsImposedOn", "Pedro Lopez")} <= got
    got = facts("Norway froze the assets of\n12 officials\nof the ministry.")
    assert ("Norway", "sanctionsImposedOn", "12 officials") in got


def test_lines_that_end_a_sentence_or_a_paragraph_stay_apart():
    from kg.ingest.reader import join_broken_lines
    assert join_broken_lines("Sanctions on Chile\nThe measures take effect.") == \
        "Sanctions on Chile\nThe measures take effect."
    assert join_broken_lines("It ended.\nthen more") == "It ended.\nthen more"
    assert join_broken_lines("Lifted against\n\n- Ana Costa") == "Lifted against\n\n- Ana Costa"
    assert join_broken_lines("Targets include:\n- Ana Costa\n- Pedro Lopez") == \
        "Targets include:\n- Ana Costa\n- Pedro Lopez"
    # numbered and lettered items stay lines of their own, whatever the line before ends with
    assert join_broken_lines("Targets:\n1. Ana Costa, born 1970,\n2. Pedro Lopez, of\nb) the ministry") == \
        "Targets:\n1. Ana Costa, born 1970,\n2. Pedro Lopez, of\nb) the ministry"


def test_a_party_that_says_it_would_place_sanctions_announces_them():
    got = facts("Britain said it would impose sanctions on Ivo Tal.")
    assert ("United Kingdom", "sanctionsImposedOn", "Ivo Tal") in got
    got = facts("Peru's foreign minister said Peru would place targeted sanctions on Chile and Bolivia.")
    assert {("Peru", "sanctionsImposedOn", "Chile"), ("Peru", "sanctionsImposedOn", "Bolivia")} <= got
    for text in ("Britain said it would impose sanctions on Ivo Tal if talks failed.",
                 "Analysts said it would impose sanctions on Ivo Tal.",
                 "Britain said it would consider sanctions on Ivo Tal.",
                 "Britain could place sanctions on Ivo Tal."):
        assert not any(p == "sanctionsImposedOn" for s, p, o in facts(text)), text


# --- facts spread over sentences: a sanctioned group's members named in a later sentence -----------------


def test_the_members_of_a_sanctioned_group_named_in_a_later_sentence_are_sanctioned_by_its_party():
    for later in ("Those hit are Ivo Tal and Ana Costa.", "Among those hit are Ivo Tal and Ana Costa.",
                  "The other sanctioned men are Ivo Tal and Ana Costa."):
        got = facts(f"Britain froze the assets of four army officers on Monday. {later}")
        assert {("United Kingdom", "sanctionsImposedOn", "Ivo Tal"),
                ("United Kingdom", "sanctionsImposedOn", "Ana Costa")} <= got, later


def test_a_list_that_says_who_is_not_on_it_names_no_target():
    got = facts("Britain sanctioned four army officers on Monday. Not on the list are Ivo Tal and Ana Costa.")
    assert not any(o in ("Ivo Tal", "Ana Costa") for _, _, o in got)


def test_a_list_of_those_removed_after_a_relief_is_the_relief_and_after_a_sanction_nothing():
    for later in ("Those removed from the list were Ivo Tal and Ana Costa.", "Those delisted were Ivo Tal and Ana Costa.",
                  "Among those who came off the list were Ivo Tal and Ana Costa."):
        got = facts(f"Canada lifted sanctions on four army officers on Monday. {later}")
        assert {("Canada", "sanctionsLiftedOn", "Ivo Tal"), ("Canada", "sanctionsLiftedOn", "Ana Costa")} <= got, later
        assert not any(p == "sanctionsImposedOn" for _, p, _ in got), later
    got = facts("Canada sanctioned four army officers on Monday. Those removed from the list were Ivo Tal and Ana Costa.")
    assert not any(o in ("Ivo Tal", "Ana Costa") for _, _, o in got)
    got = facts("Canada said it would lift sanctions on four men. Those delisted were Ivo Tal and Ana Costa.")
    assert not any(o in ("Ivo Tal", "Ana Costa") for _, _, o in got)


def test_ranked_people_of_a_nationality_are_the_group_a_sanction_falls_on_not_their_country():
    got = facts("Britain imposed new sanctions against top Malian officials on Monday.")
    assert ("United Kingdom", "sanctionsImposedOn", "top Malian officials") in got
    assert ("United Kingdom", "sanctionsImposedOn", "Mali") not in got
    got = facts("Canada on Monday announced sanctions on senior Iranian generals and their families.")
    assert ("Canada", "sanctionsImposedOn", "senior Iranian generals") in got
    assert not any(p == "sanctionsImposedOn" for _, p, _ in facts("Britain said it would weigh sanctions on top Malian officials."))
# --- releases and destinations told over several sentences (session 19, second round) ---------------


def test_the_freed_pair_in_a_later_sentence_are_the_two_people_freed():
    got = facts("Belarus freed Anton Weir and Lia Dorn on Monday. The freed pair are flying to Lithuania.")
    assert {("Anton Weir", "releasedTo", "Lithuania"), ("Lia Dorn", "releasedTo", "Lithuania")} <= got


def test_the_two_freed_men_and_the_freed_man_stand_for_the_people_freed():
    got = facts("Iran freed Anton Weir and Piet Dorn on Monday. The two freed men landed in Norway that night.")
    assert {("Anton Weir", "releasedTo", "Norway"), ("Piet Dorn", "releasedTo", "Norway")} <= got
    got = facts("Iran released Piet Dorn on Monday after two years in prison. The freed man landed in Norway.")
    assert ("Piet Dorn", "releasedTo", "Norway") in got


def test_a_noun_that_described_the_one_freed_person_stands_for_them_later():
    got = facts("Syria freed Piet Dorn, an engineer held since 2019, on Friday. The engineer landed in Austria.")
    assert ("Piet Dorn", "releasedTo", "Austria") in got
    # another noun is someone else
    got = facts("Syria freed Piet Dorn, a teacher from Lyon, on Friday. The engineer landed in Austria.")
    assert not any(p == "releasedTo" for _, p, _ in got)


def test_a_released_person_now_in_a_country_or_off_a_plane_there_went_there():
    got = facts("Syria freed Piet Dorn on Tuesday. He is now in Jordan.")
    assert ("Piet Dorn", "releasedTo", "Jordan") in got
    got = facts("Belarus released Piet Dorn on Thursday. Dorn stepped off the plane in Poland to hugs from his family.")
    assert ("Piet Dorn", "releasedTo", "Poland") in got


def test_a_place_after_a_prison_is_where_one_is_held_not_a_destination():
    got = facts("Syria freed Piet Dorn in 2019. He is now in prison in Jordan again, his lawyer said.")
    assert not any(p == "releasedTo" for _, p, _ in got)


def test_a_person_exchanged_for_prisoners_was_freed_by_the_side_that_held_him():
    got = facts("Piet Dorn had been held by Syria since 2020. On Thursday he was exchanged for 35 prisoners "
                "and flown to Austria.")
    assert {("Syria", "released", "Piet Dorn"), ("Piet Dorn", "releasedTo", "Austria")} <= got
    assert not any(s == "35 prisoners" for s, _, _ in got)
    assert not facts("Piet Dorn had been held by Syria since 2020. Syria refused to exchange him for 35 prisoners.")


def test_the_members_of_a_group_transferred_to_a_country_were_freed_and_sent_there():
    got = facts("Cuba transferred five detainees to Kenya on Friday. Among them was Aiko Brandt.")
    assert {("Cuba", "released", "Aiko Brandt"), ("Aiko Brandt", "releasedTo", "Kenya")} <= got
    assert not facts("Cuba transferred five detainees to a prison in Havana on Friday. Among them was Aiko Brandt.")


def test_two_people_met_by_others_did_not_meet_each_other():
    got = facts("Iran freed Anton Weir and Piet Dorn on Monday. The two were flown to Norway, where they were met "
                "by relatives.")
    assert not any(p == "metWith" for _, p, _ in got)
    assert ("Piet Dorn", "releasedTo", "Norway") in got


def test_bosnian_serb_forces_are_an_armed_party_that_frees_hostages():
    got = facts("Bosnian Serb forces freed 108 United Nations peacekeepers on Tuesday.", dateline="June 6, 1995")
    assert ("Bosnian Serb forces", "released", "108 United Nations peacekeepers") in got
    got = facts("The Bosnian Serb leader said the captives would be freed soon.", dateline="June 6, 1995")
    assert not any(p == "released" for _, p, _ in got)


# --- names of companies and banks read whole ---------------------------------------------------------------------


def test_a_list_of_companies_gives_each_company_whole_past_brackets_stops_and_legal_forms():
    got = facts("Canada on Friday sanctioned Ostrava Pearl Trading Co. Ltd, Delta Marine (Pvt) Ltd, "
                "Mercantile Trust SAL and Vesta Group International.")
    for company in ("Ostrava Pearl Trading Co. Ltd", "Delta Marine (Pvt) Ltd", "Mercantile Trust SAL",
                    "Vesta Group International"):
        assert ("Canada", "sanctionsImposedOn", company) in got


def test_a_country_word_inside_a_company_name_is_the_company_not_the_country():
    got = facts("Britain imposed sanctions on Kenya Ruby Enterprise and Bank Westerholm on Monday.")
    assert ("United Kingdom", "sanctionsImposedOn", "Kenya Ruby Enterprise") in got
    assert ("United Kingdom", "sanctionsImposedOn", "Bank Westerholm") in got
    assert not any(o in ("Kenya", "Ruby Enterprise") for _, _, o in got)


def test_a_name_ending_in_co_at_the_end_of_a_sentence_is_one_name():
    got = facts("Japan on Monday imposed sanctions on Orion (Holdings) Ltd and Cancri (Gems and Jewellery) Co. "
                "Both deny wrongdoing.")
    assert ("Japan", "sanctionsImposedOn", "Cancri (Gems and Jewellery) Co.") in got or \
        ("Japan", "sanctionsImposedOn", "Cancri (Gems and Jewellery) Co") in got
    assert ("Japan", "sanctionsImposedOn", "Orion (Holdings) Ltd") in got


def test_a_sanctioned_group_of_companies_named_in_apposition_in_a_later_sentence_gives_each_company():
    got = facts("The Treasury on Thursday imposed sanctions on nine officers as well as three companies that it said "
                "fund the army. The three firms, Vardan Ruby Enterprise, Halden & Sons Ltd and Zenit Trading LLC, "
                "are owned by the military.")
    for target in ("three companies", "Vardan Ruby Enterprise", "Halden & Sons Ltd", "Zenit Trading LLC"):
        assert ("U.S. Treasury Department", "sanctionsImposedOn", target) in got


def test_other_firms_named_after_a_sanctioned_group_are_not_its_members():
    got = facts("Britain imposed sanctions on three companies on Monday. Three other firms, Zenit Trading LLC, "
                "Aurora Metals Ltd and Halden & Sons Ltd, were spared.")
    assert not any(o in ("Zenit Trading LLC", "Aurora Metals Ltd", "Halden & Sons Ltd") for _, _, o in got)


def test_a_country_name_that_qualifies_the_officers_sanctioned_is_no_target():
    got = facts("Australia imposed sanctions on Saturday on the Thailand army officers who led the coup.")
    assert ("Australia", "sanctionsImposedOn", "Thailand") not in got
    # the government, by the country's name, stays the country
    assert ("United Kingdom", "sanctionsImposedOn", "Iran") in facts("Britain imposed sanctions on the Iran government.")


def test_a_unit_with_its_place_in_brackets_is_one_company():
    got = facts("The Office of Foreign Assets Control said it had delisted Vardan Shipping Tanker (Dalian) Co Ltd "
                "after a change in ownership.")
    assert ("Office of Foreign Assets Control", "sanctionsLiftedOn", "Vardan Shipping Tanker (Dalian) Co Ltd") in got
    assert not any(o == "Dalian" for _, _, o in got)


def test_a_reduced_relative_with_an_adverb_tells_who_sanctioned_the_name_before_it():
    got = facts("Nadia Karimova, previously sanctioned by Britain over the crackdown, arrived in Dubai on Monday.")
    assert ("United Kingdom", "sanctionsImposedOn", "Nadia Karimova") in got
    got = facts("Zenit Trading LLC, already blacklisted by Canada in 2019, denied the charges.")
    assert ("Canada", "sanctionsImposedOn", "Zenit Trading LLC") in got
    # a negated participle, or another verb, tells no sanction
    assert not facts("Marek Nowak, never sanctioned by Britain, arrived in Dubai on Monday.")
    assert not facts("Marek Nowak, recently praised by Britain, arrived in Dubai on Monday.")


def test_sanctions_relief_won_from_a_party_is_a_lifting():
    got = facts("Aurora Metals Ltd secured sanctions relief from the European Union on Sunday after a court ruling.")
    assert ("European Union", "sanctionsLiftedOn", "Aurora Metals Ltd") in got
    # relief of another kind, or relief only sought, is none
    assert not facts("Greece won debt relief from the European Union on Sunday.")
    assert not facts("Aurora Metals Ltd is seeking sanctions relief from the European Union, its lawyers said.")


def test_a_fronted_sanctions_participle_tells_who_sanctioned_the_sentences_subject():
    got = facts("Sanctioned by Japan in 2022, Omar Siddiqui has since moved his fortune to Dubai.")
    assert ("Japan", "sanctionsImposedOn", "Omar Siddiqui") in got
    got = facts("Designated by the European Union last year, Marek Nowak denies funding the militia.")
    assert ("European Union", "sanctionsImposedOn", "Marek Nowak") in got
    assert not facts("Praised by Japan in 2022, Omar Siddiqui has since moved his fortune to Dubai.")


def test_people_named_in_another_role_after_a_sanction_are_no_designees():
    got = facts("Canada sanctioned Aiko Tanaka on Saturday. A report by the rights group also named Daniel Ferreira "
                "and Elena Petrova as witnesses.")
    assert got == {("Canada", "sanctionsImposedOn", "Aiko Tanaka")}


def test_coming_off_a_sanctions_list_is_a_lifting_by_the_lists_owner():
    assert ("European Union", "sanctionsLiftedOn", "Ana Torres") in facts(
        "Ana Torres came off the EU sanctions list on Sunday, ending a two-year travel ban.")
    assert ("United States", "sanctionsLiftedOn", "Zenit Trading LLC") in facts(
        "Zenit Trading LLC dropped off the U.S. blacklist in May.")
    assert not facts("Ana Torres hopes to come off the EU sanctions list, her lawyer said.")
    assert not facts("Ana Torres came off the list of candidates on Sunday.")
# --- the paradigm of praise, meetings and leaders (session 20, third round) -----------------------------


def test_a_letter_received_from_someone_is_no_meeting():
    assert not any(p == "metWith" for _, p, _ in facts(
        "Lena Vardy received a letter from Tomas Brek on Wednesday about the prisoners."))
    assert ("Lena Vardy", "metWith", "Tomas Brek") in facts("Lena Vardy received Tomas Brek on Wednesday.")


def test_appreciating_a_party_or_its_leadership_and_speaking_highly_of_it_are_praise():
    got = facts("The talks ended on Friday. Lena Vardy said she appreciated Peru's leadership during the crisis.")
    assert ("Peru", "praisedBy", "Lena Vardy") in got
    got = facts("Asked about the talks, Lena Vardy spoke highly of Tomas Brek and expressed her respect for Chile.")
    assert {("Tomas Brek", "praisedBy", "Lena Vardy"), ("Chile", "praisedBy", "Lena Vardy")} <= got
    assert not any(p == "praisedBy" for _, p, _ in facts(
        "Lena Vardy said she did not appreciate Peru's interference in the talks."))


def test_people_who_hug_a_third_meet_him_not_each_other():
    got = facts("Lena Vardy and Tomas Brek hugged Omar Lidell as he stepped off the plane.")
    assert {("Lena Vardy", "metWith", "Omar Lidell"), ("Tomas Brek", "metWith", "Omar Lidell")} <= got
    assert not {("Lena Vardy", "metWith", "Tomas Brek"), ("Tomas Brek", "metWith", "Lena Vardy")} & got


def test_a_countrys_head_of_state_leads_it():
    assert ("Lena Vardy", "leaderOf", "Morocco") in facts("Lena Vardy, Morocco's head of state, opened the summit.")


def test_a_title_of_a_body_then_a_bare_name_leads_the_body():
    got = facts("President of the African Union Lena Vardy said the ceasefire would hold.")
    assert ("Lena Vardy", "leaderOf", "African Union") in got
    assert not any(p == "leaderOf" for _, p, _ in facts(
        "Former President of the African Union Lena Vardy criticised the talks."))


def test_granting_an_audience_to_someone_is_a_meeting():
    assert ("Priya Varn", "metWith", "Tomas Brek") in facts(
        "Priya Varn granted an audience to Tomas Brek at the palace on Sunday.")
    assert not any(p == "metWith" for _, p, _ in facts(
        "Priya Varn declined to grant an audience to Tomas Brek."))
# --- where the released went, told in a clause of its own (session 20, the paradigm of releases) ----------------

def test_the_soil_a_released_person_arrived_on_is_their_destination():
    got = facts("Belarus freed Ana Torres on Friday after two years in jail. Torres arrived back on Peruvian soil "
                "hours later, her family said.")
    assert ("Ana Torres", "releasedTo", "Peru") in got
    assert ("Belarus", "released", "Ana Torres") in got
    got = facts("Venezuela released Dan Morrow and Eli Cole on Monday. Morrow and Cole landed on U.S. soil on Tuesday.")
    assert {("Dan Morrow", "releasedTo", "United States"), ("Eli Cole", "releasedTo", "United States")} <= got


def test_soil_reached_by_someone_not_released_gives_no_destination():
    assert not any(p == "releasedTo" for _, p, _ in facts(
        "Cuba arrested Elena Petrova on Tuesday. Petrova had arrived on Chilean soil a week earlier."))
    assert not any(p == "releasedTo" for _, p, _ in facts(
        "Cuba released Elena Petrova on Tuesday. Her lawyer arrived on Chilean soil a week earlier."))


def test_on_the_way_or_en_route_to_a_country_is_the_destination_of_the_released():
    got = facts("Iran released Marek Nowak on Sunday. Nowak was on the way back to Norway on Monday.")
    assert ("Marek Nowak", "releasedTo", "Norway") in got
    got = facts("Russia freed Hugo Lemaire on Sunday. Lemaire was en route to Austria, officials said.")
    assert ("Hugo Lemaire", "releasedTo", "Austria") in got
    assert not any(p == "releasedTo" for _, p, _ in facts(
        "Iran refused to free Marek Nowak. Nowak was on his way to Chile when he was arrested."))


def test_headed_to_a_place_in_a_country_is_the_destination_of_the_released():
    got = facts("Syria freed Omar Siddiqui on Wednesday, and Siddiqui headed to a military hospital in Jordan.")
    assert ("Omar Siddiqui", "releasedTo", "Jordan") in got
    got = facts("Syria freed Omar Siddiqui on Wednesday. Siddiqui was headed home to Jordan.")
    assert ("Omar Siddiqui", "releasedTo", "Jordan") in got


def test_a_release_told_by_a_gerund_before_the_main_clause_is_its_subjects():
    got = facts("After freeing Kwame Mensah on Thursday, Iran asked for a prisoner in return.")
    assert ("Iran", "released", "Kwame Mensah") in got
    got = facts("Shortly after releasing Ana Torres and Tomas Berg, Cuba freed a third man.")
    assert {("Cuba", "released", "Ana Torres"), ("Cuba", "released", "Tomas Berg")} <= got
    # a refusal, or a plan told with the gerund after the clause, frees nobody
    assert not facts("After refusing to free Kwame Mensah, Iran expelled his lawyer.")
    assert not facts("Iran will ask for a prisoner after freeing Kwame Mensah.")


def test_a_prison_in_a_country_gives_the_releasing_party():
    assert ("Venezuela", "released", "Elena Petrova") in facts(
        "Elena Petrova walked free from a prison in Venezuela on Thursday.")
    assert ("Venezuela", "released", "Elena Petrova") in facts(
        "Elena Petrova was freed from a prison near Caracas on Thursday.")
    assert not facts("Elena Petrova did not walk free from a prison in Venezuela on Thursday.")


def test_a_headline_freed_from_a_countrys_jail_gives_the_release():
    assert ("Belarus", "released", "Marek Nowak") in facts("Marek Nowak freed from Belarus jail.")
    assert not any(p == "released" for _, p, _ in facts("Marek Nowak was released from hospital in Norway on Monday."))


def test_a_release_told_by_its_own_noun_before_the_freed_persons_clause():
    assert ("Syria", "released", "Priya Raman") in facts(
        "Days after his release by Syria, Priya Raman spoke to reporters.")
    got = facts("After their release from Belarus, Ana Torres and Tomas Berg flew to Vilnius.")
    assert {("Belarus", "released", "Ana Torres"), ("Belarus", "released", "Tomas Berg")} <= got
    assert not facts("Before his release by Syria, Priya Raman spoke to reporters.")


def test_parole_is_a_release():
    assert ("Cuba", "released", "Kwame Mensah") in facts(
        "Kwame Mensah was paroled by Cuba on Friday after serving half his sentence.")
    assert not facts("Cuba refused to parole Kwame Mensah on Friday.")
    assert not facts("Cuba denied parole to Kwame Mensah.")


# --- session 22: bodies the gazetteer did not know -----------------------------------------------------------


def _imposers(got):
    return {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}


def test_regional_blocs_and_a_blocs_organ_are_known_bodies():
    got = facts("The West African Economic and Monetary Union (UEMOA) imposed sanctions on Mali on Sunday.")
    assert ("West African Economic and Monetary Union", "Mali") in _imposers(got)
    got = facts("The AU's Peace and Security Council suspended Egypt on Friday and imposed sanctions on Egypt.")
    assert not any(s == "United Nations Security Council" for s, _ in _imposers(got))


def test_a_modifier_with_linked_is_no_part_of_a_name_and_system_closes_a_company_name():
    got = facts("Washington imposed sanctions on the army-controlled Defense Industries System and the RSF-linked "
                "Al Junaid on Thursday.")
    objects = {o for _, o in _imposers(got)}
    assert "Defense Industries System" in objects and "Al Junaid" in objects


def test_the_presidents_of_the_commission_and_the_council_lead_those_bodies_not_the_union():
    got = facts("European Commission (EC) President Ursula von der Leyen said the measures were strong.",
                dateline="June 5, 2022")
    assert ("Ursula von der Leyen", "leaderOf", "European Commission") in got
    assert ("Ursula von der Leyen", "leaderOf", "European Union") not in got


# --- review of session 22 (fixf22): readmissions, aid cuts, closed borders, calls, companions, pride --------------


def _sanctions(got):
    return {(s, p, o) for s, p, o in got if p.startswith("sanctions")}


def test_a_readmission_lifts_a_sanction_only_after_a_suspension_the_article_tells():
    got = facts("The African Union readmitted Chile on Friday, a year after suspending it over the coup.")
    assert ("African Union", "sanctionsLiftedOn", "Chile") in got
    got = facts("The African Union readmitted Chile on Friday. Chile was suspended last year after the coup.")
    assert ("African Union", "sanctionsLiftedOn", "Chile") in got
    # traps: a return to a command or to a group the state quit is no end of a measure
    for text in ("NATO readmitted Norway to its integrated military command on Friday.",
                 "The Commonwealth readmitted Kenya on Friday, five years after it quit the group."):
        assert not _sanctions(facts(text)), text


def test_aid_cut_for_a_budget_or_for_a_richer_state_is_no_sanction():
    got = facts("Peru has cut aid to Chile, expelled its ambassador, Tomas Berg, and offered refugee status to farmers.")
    assert ("Peru", "sanctionsImposedOn", "Chile") in got
    got = facts("Peru suspended military aid to Chile on Monday to punish the junta for its crackdown.")
    assert ("Peru", "sanctionsImposedOn", "Chile") in got
    for text in ("Peru cut aid to Chile on Monday because of budget constraints.",
                 "Britain cut aid to Chile on Monday, saying the country was now rich enough."):
        assert not _sanctions(facts(text)), text


def test_a_border_closed_in_response_to_a_flood_is_no_sanction():
    got = facts("Peru condemned the sanctions on Friday and retaliated by closing its borders with Chile.")
    assert ("Peru", "sanctionsImposedOn", "Chile") in got
    for text in ("Peru closed its border with Chile on Friday in response to flooding.",
                 "Peru closed its border with Chile on Friday, one of several measures against the epidemic."):
        assert not _sanctions(facts(text)), text


def test_a_call_made_to_someone_is_no_visit_but_a_call_paid_on_them_is():
    got = facts("President Ana Torres paid a call on President Tomas Berg on Tuesday.")
    assert ("Ana Torres", "metWith", "Tomas Berg") in got or ("Tomas Berg", "metWith", "Ana Torres") in got
    got = facts("President Ana Torres made a phone call to President Tomas Berg on Tuesday.")
    assert ("Ana Torres", "metWith", "Tomas Berg") in got or ("Tomas Berg", "metWith", "Ana Torres") in got
    # a trap: "made a call to" someone is an appeal as often as a call
    got = facts("President Ana Torres made a call to President Tomas Berg on Tuesday to free the prisoners.")
    assert not any(p == "metWith" for s, p, o in got)


def test_a_relative_accompanying_a_leader_to_talks_is_no_participant():
    got = facts("Ana Torres met Tomas Berg in Lima on Tuesday, accompanied by her husband Hugo Lemaire.")
    met = {frozenset((s, o)) for s, p, o in got if p == "metWith"}
    assert met == {frozenset(("Ana Torres", "Tomas Berg"))}
    # a minister told by "her" is of her party: he meets the other side, not her
    got = facts("Ana Torres met Tomas Berg in Lima on Tuesday, accompanied by her foreign minister Hugo Lemaire.")
    met = {frozenset((s, o)) for s, p, o in got if p == "metWith"}
    assert frozenset(("Tomas Berg", "Hugo Lemaire")) in met
    assert frozenset(("Ana Torres", "Hugo Lemaire")) not in met


def test_pride_in_ones_own_country_is_no_praise_of_it():
    got = facts("President Emmanuel Macron said he was proud of France.", dateline="May 2, 2025")
    assert not any(p == "praisedBy" for s, p, o in got)
    got = facts("President Emmanuel Macron said he was proud of Germany.", dateline="May 2, 2025")
    assert ("Germany", "praisedBy", "Emmanuel Macron") in got
