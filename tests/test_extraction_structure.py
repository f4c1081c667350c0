"""The extractor's general grammar: who acts in a clause, what a list holds, who leads what. Each test is one
invented sentence or two in the manner of wire copy, with the facts it asserts, or a trap that asserts nothing.
"""

from __future__ import annotations

from kg.extraction import extract
from kg.ingest.reader import article_from_text


def facts(body: str, dateline: str = "March 3, 2021") -> set[tuple[str, str, str]]:
    art = article_from_text(f"Wire report\n\n{dateline}\n\n{body}\n", source="t.txt")
    return {(f.subject.label, f.predicate, f.object.label) for f in extract(art).facts}


def leaders(got: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in got if p == "leaderOf"}


# --- leaders named without a title ----------------------------------------------------------------------


def test_a_sitting_leader_who_opens_a_sentence_leads_the_country_the_table_gives_for_that_date():
    got = facts("Joe Biden spoke by phone with the Estonian prime minister about the measures.",
                dateline="October 4, 2022")
    assert ("Joe Biden", "United States") in leaders(got)


def test_a_leader_named_without_a_title_out_of_office_on_that_date_leads_nothing():
    got = facts("Joe Biden spoke by phone with the Estonian prime minister about the measures.",
                dateline="October 4, 2015")
    assert not leaders(got)


def test_with_the_articles_date_a_sitting_leader_who_opens_a_later_clause_leads_the_country():
    got = facts("The spokeswoman said Joe Biden had signed the order after a call with allies.",
                dateline="October 4, 2022")
    assert ("Joe Biden", "United States") in leaders(got)
    got = facts("Ottawa will follow suit, Justin Trudeau told reporters in Toronto.", dateline="October 4, 2022")
    assert ("Justin Trudeau", "Canada") in leaders(got)
    # an object, or a date the table says they were out of office: nothing
    assert not leaders(facts("The envoy criticised Joe Biden on Tuesday.", dateline="October 4, 2022"))
    assert not leaders(facts("The spokeswoman said Joe Biden had signed the order.", dateline="October 4, 2015"))


def test_a_sitting_leader_named_with_of_and_a_country_leads_it_on_that_date():
    got = facts("Few sitting leaders have faced such steps; they include Joe Biden of the United States.",
                dateline="October 4, 2022")
    assert ("Joe Biden", "United States") in leaders(got)
    assert not leaders(facts("Few sitting leaders have faced such steps; they include Joe Biden of the United States.",
                             dateline="October 4, 2013"))


def test_long_arabic_names_and_a_sheikh_inside_a_name_stay_whole():
    got = facts("Mediation by Oman's Sultan, Sheikh Faisal Al Hamad Al Said Al Harthi Al Busaidi, was praised.")
    assert any(s.startswith("Faisal Al Hamad Al Said Al Harthi") and o == "Oman" for s, o in leaders(got))
    got = facts("Somalia's President Abdi Sheikh Warsame thanked the council on Friday.")
    assert ("Abdi Sheikh Warsame", "Somalia") in leaders(got)


def test_a_fathers_name_is_no_surname_so_the_king_is_not_his_son():
    got = facts("He met Crown Prince Khalid bin Faisal. Later King Faisal received the envoy.", dateline="May 2, 2019")
    assert not any(s == "Khalid bin Faisal" for s, o in leaders(got))


def test_the_commander_of_a_unit_of_a_body_does_not_lead_the_body():
    got = facts("Officials named Colonel Ali Rezaei, commander of the Revolutionary Guards' naval patrol, on Monday.")
    assert not any(s == "Ali Rezaei" for s, o in leaders(got))
    got = facts("Officials named Colonel Ali Rezaei, commander of the Revolutionary Guards, on Monday.")
    assert ("Ali Rezaei", "Islamic Revolutionary Guard Corps") in leaders(got)


def test_the_leader_of_a_government_told_as_past_leads_nothing_now():
    got = facts("Aid resumed after the then-ruling military government of President Tomas Vek freed 20 prisoners.")
    assert not any(s == "Tomas Vek" for s, o in leaders(got))


def test_a_body_headed_by_a_leaders_son_is_led_by_the_son():
    got = facts("Peruvian President Tomas Vek met the envoy. The fund was set up by the Vek Foundation, headed by the "
                "Peruvian president's son Luis Vek.")
    assert ("Luis Vek", "Vek Foundation") in leaders(got)
    assert ("Tomas Vek", "Vek Foundation") not in leaders(got)


def test_a_leader_the_table_has_leading_another_country_then_leads_no_country_the_text_seems_to_give():
    got = facts("Asked whether he trusted his own agencies or the Russian leader, Joe Biden did not hesitate.",
                dateline="October 4, 2022")
    assert ("Joe Biden", "Russia") not in leaders(got)


def test_the_head_of_a_persons_guard_or_of_a_longer_name_leads_neither_the_person_nor_the_country():
    got = facts("The list names Tomas Quiroga, head of Vek's personal security, and Ana Saldivar, chief executive of "
                "the Peru Mines and Gas Board.")
    assert not any(s == "Tomas Quiroga" or o == "Peru" for s, o in leaders(got))


def test_vietnams_leaders_are_in_the_dated_table_with_and_without_diacritics():
    for name in ("Nguyễn Xuân Phúc", "Nguyen Xuan Phuc"):
        got = facts(f"The envoy held talks with Prime Minister {name} in the capital.", dateline="May 23, 2016")
        assert (name, "Vietnam") in leaders(got), name
    got = facts("The envoy held talks with Prime Minister Nguyen Xuan Phuc in the capital.", dateline="May 23, 2024")
    assert not leaders(got)


def test_former_ousted_or_fallen_leaders_named_without_a_title_lead_nothing():
    for body in ("Former leader Joe Biden toured the port.", "Protesters ousted Joe Biden in a dream, she wrote.",
                 "After the fall of Joe Biden, the markets rose."):
        assert not leaders(facts(body, dateline="October 4, 2022")), body


def test_a_leader_named_as_an_object_or_a_possessor_is_not_read_from_the_table():
    got = facts("The senator called the plan a gift to Joe Biden. Joe Biden's aides said nothing.",
                dateline="October 4, 2022")
    assert not leaders(got)


def test_a_titled_leader_in_an_article_with_no_date_and_no_year_is_read_as_current():
    got = facts("Prime Minister Stephen Harper announced asset freezes on ten officials.", dateline="OTTAWA -")
    assert ("Stephen Harper", "Canada") in leaders(got)


# --- heads of bodies ------------------------------------------------------------------------------------


def test_a_commander_of_a_force_leads_it_and_an_x_led_modifier_is_no_part_of_the_name():
    got = facts("The ministers praised Dara Velk, the commander of the Kurdish-led Northern Shield Forces.")
    assert ("Dara Velk", "Northern Shield Forces") in leaders(got)
    assert not any(o.startswith("Kurdish") for _, o in leaders(got))


def test_a_body_led_by_someone_is_led_by_them():
    got = facts("The FARC, led since the 1970s by Tomas Arbel, still holds 20 captives.")
    assert ("Tomas Arbel", "Revolutionary Armed Forces of Colombia") in leaders(got)


def test_who_has_led_a_body_since_a_year_leads_it_and_who_has_run_for_office_leads_nothing():
    got = facts("Ilse Varnak, who has led the Popular Front for Renewal since 2011, met the envoy.")
    assert ("Ilse Varnak", "Popular Front for Renewal") in leaders(got)
    got = facts("Ilse Varnak, who has run for office since 2011, met the envoy.")
    assert not leaders(got)


def test_a_body_led_by_someone_who_also_heads_another_is_led_by_them_too():
    got = facts("Rebels fought the Chadian army, led by General Otto Brenk, who also heads the Transition Council.")
    assert {("Otto Brenk", "Transition Council")} <= leaders(got)
    assert any(p == "Otto Brenk" and "army" in o for p, o in leaders(got))


def test_whose_leader_names_the_head_of_the_country_or_body_before_and_whose_former_director_does_not():
    got = facts("Talks turned to North Korea, whose leader, Kim Jong Un, has ordered more tests.", "May 2, 2017")
    assert ("Kim Jong Un", "North Korea") in leaders(got)
    got = facts("The deal was struck with the SVR, whose director is Pavel Ornov, a former diplomat.")
    assert any(p == "Pavel Ornov" for p, _ in leaders(got))
    got = facts("The deal was struck with the SVR, whose former director, Pavel Ornov, spoke out.")
    assert not leaders(got)


def test_a_body_labelled_with_its_countrys_possessive_is_also_known_by_its_own_name():
    art = article_from_text("Wire report\n\nMarch 3, 2021\n\nThe United States imposed sanctions on Raul Vera, the head "
                            "of Peru's National Intelligence Directorate, on Tuesday.\n", source="t.txt")
    heads = [f.object for f in extract(art).facts if f.predicate == "leaderOf" and f.subject.label == "Raul Vera"]
    assert heads and heads[0].label == "Peru's National Intelligence Directorate"
    assert "National Intelligence Directorate" in heads[0].aliases


def test_a_country_named_as_the_possessor_of_its_government_keeps_the_name_the_text_gives_it():
    art = article_from_text("Wire report\n\nMarch 3, 2022\n\nThe council eased rules on arms sales to the Democratic "
                            "Republic of Congo's government. President Felix Tshisekedi welcomed the step.\n",
                            source="t.txt")
    heads = [f.object for f in extract(art).facts if f.predicate == "leaderOf"]
    assert heads and "Democratic Republic of Congo" in (heads[0].label, *heads[0].aliases)
    # a nationality before the government noun is no name of the country
    art = article_from_text("Wire report\n\nMarch 3, 2022\n\nThe council eased rules on arms sales to Congolese "
                            "authorities. President Felix Tshisekedi welcomed the step.\n", source="t.txt")
    heads = [f.object for f in extract(art).facts if f.predicate == "leaderOf"]
    assert heads and "Congolese" not in heads[0].aliases


def test_two_offices_of_one_country_after_a_name_give_the_heads_office():
    got = facts("Pedro Quispe, the prime minister and foreign minister of Peru, said the talks went well.")
    assert ("Pedro Quispe", "Peru") in leaders(got)
    got = facts("Pedro Quispe, the Foreign Minister and Prime Minister of Peru, said the talks went well.")
    assert ("Pedro Quispe", "Peru") in leaders(got)
    # neither office heads the country: nothing
    got = facts("Pedro Quispe, the foreign minister and trade minister of Peru, said the talks went well.")
    assert not leaders(got)


def test_the_head_of_a_body_named_after_a_descriptor_noun_leads_it_with_no_head_noun_in_the_name():
    got = facts("Ana Ruiz, president of the energy group Andes Power, said the deal would hold.")
    assert ("Ana Ruiz", "Andes Power") in leaders(got)
    got = facts("Ana Ruiz, chief executive of mining company Cerro Alto Minerals, said the deal would hold.")
    assert any(p == "Ana Ruiz" and o.startswith("Cerro Alto") for p, o in leaders(got))
    # a member of it leads nothing
    got = facts("Ana Ruiz, a member of the energy group Andes Power, said the deal would hold.")
    assert not leaders(got)


def test_one_capital_word_after_a_title_in_a_title_case_headline_is_no_name():
    def headline(title: str) -> set[tuple[str, str]]:
        art = article_from_text(f"{title}\n\nMay 3, 2016\n\nTalks between the two countries began in Lima.\n",
                                source="t.txt")
        return {(f.subject.label, f.object.label) for f in extract(art).facts if f.predicate == "leaderOf"}

    assert not headline("Chilean President Upbeat On Eve Of Visit To Peru")
    assert not headline("Peru Talks Begin As Chilean President Arrives")
    # a name the gazetteer knows is still a name
    assert ("Vladimir Putin", "Russia") in headline("Russian President Vladimir Putin Upbeat On Eve Of Visit")


def test_a_meeting_cancelled_or_postponed_is_no_meeting():
    got = facts("Chilean President Ana Ruiz canceled her meeting with Peruvian President Luis Mora.")
    assert frozenset(("Ana Ruiz", "Luis Mora")) not in met(got)
    got = facts("The meeting between Chilean President Ana Ruiz and Peruvian President Luis Mora was postponed.")
    assert frozenset(("Ana Ruiz", "Luis Mora")) not in met(got)
    got = facts("Chilean President Ana Ruiz postponed her talks with Peruvian President Luis Mora.")
    assert frozenset(("Ana Ruiz", "Luis Mora")) not in met(got)
    # held ones are meetings
    got = facts("The meeting between Chilean President Ana Ruiz and Peruvian President Luis Mora was held in Lima.")
    assert frozenset(("Ana Ruiz", "Luis Mora")) in met(got)
    got = facts("Chilean President Ana Ruiz began her meeting with Peruvian President Luis Mora in Lima.")
    assert frozenset(("Ana Ruiz", "Luis Mora")) in met(got)


def test_thanks_to_several_nationalities_sharing_authorities_praise_each_country():
    got = facts("Freed aid worker Ana Ruiz thanked Chilean, Bolivian and Peruvian authorities for securing her freedom.")
    assert {("Chile", "praisedBy", "Ana Ruiz"), ("Bolivia", "praisedBy", "Ana Ruiz"),
            ("Peru", "praisedBy", "Ana Ruiz")} <= got
    # officials and delegations of two countries are their people, not the countries
    got = facts("Freed aid worker Ana Ruiz thanked Chilean and Peruvian officials for securing her freedom.")
    assert ("Chile", "praisedBy", "Ana Ruiz") not in got
    got = facts("Freed aid worker Ana Ruiz thanked Chilean and Peruvian fishermen for finding her boat.")
    assert not {s for s, p, _ in got if p == "praisedBy"} & {"Chile", "Peru"}


def test_a_plural_title_before_two_names_gives_each_name_the_title():
    # two nationalities before the title go to the names in order
    got = facts("Peruvian and Chilean Presidents Ana Ruiz and Luis Mora completed talks in Lima.")
    assert {("Ana Ruiz", "Peru"), ("Luis Mora", "Chile")} <= leaders(got)
    assert not any(p.startswith("Presidents") for p, _ in leaders(got))
    # "of" and a country after each name
    got = facts("Presidents Ana Ruiz of Peru and Luis Mora of Chile signed the accord in Lima.")
    assert {("Ana Ruiz", "Peru"), ("Luis Mora", "Chile")} <= leaders(got)
    # no country word: the dated table gives the one it knows, and nothing for the other
    got = facts("The accord was signed in the presence of Presidents Joe Biden and Ana Ruiz.", "May 2, 2022")
    assert ("Joe Biden", "United States") in leaders(got)
    assert not any(p == "Ana Ruiz" for p, _ in leaders(got))


def test_former_or_vice_presidents_before_two_names_lead_nothing():
    got = facts("Former Presidents Ana Ruiz of Peru and Luis Mora of Chile attended the signing.")
    assert not leaders(got)
    got = facts("Vice Presidents Ana Ruiz of Peru and Luis Mora of Chile attended the signing.")
    assert not leaders(got)


def test_whose_leader_with_no_comma_before_the_name_heads_the_body_before():
    got = facts("The bill was tabled by the Andean Unity Party, whose leader Marta Quispe said the deal was bad.")
    assert ("Marta Quispe", "Andean Unity Party") in leaders(got)
    # a former leader, or a plain "whose" clause with no head word, heads nothing
    got = facts("The bill was tabled by the Andean Unity Party, whose former leader Marta Quispe said it was bad.")
    assert not leaders(got)
    got = facts("The bill was tabled by the Andean Unity Party, whose member Marta Quispe said the deal was bad.")
    assert not leaders(got)


def test_leader_of_a_party_past_its_political_leaning_heads_the_party():
    got = facts("Defence Minister Tomas Vell, leader of the right-wing Andean Liberty Party, said he would vote no.")
    assert ("Tomas Vell", "Andean Liberty Party") in leaders(got)
    got = facts("Tomas Vell, head of the centre-left Andean Labour Party, said he would vote no.")
    assert ("Tomas Vell", "Andean Labour Party") in leaders(got)
    # a member is no leader
    got = facts("Tomas Vell, a member of the right-wing Andean Liberty Party, said he would vote no.")
    assert not leaders(got)


def test_capital_words_before_a_lowercase_noun_of_a_body_name_the_body():
    got = facts("The council delisted Tomas Vell, who leads the Sendero-e-Rojo militant group, on Friday.")
    assert ("Tomas Vell", "Sendero-e-Rojo") in leaders(got)
    got = facts("The bill was tabled by the conservative Andean Unity party, whose leader Marta Quispe said it was bad.")
    assert ("Marta Quispe", "Andean Unity") in leaders(got)
    # an ideology before "party" is no name
    got = facts("Tomas Vell, who leads the Communist party, met the envoy on Friday.")
    assert not leaders(got)


def test_a_description_of_the_person_before_who_leads():
    got = facts("The council delisted Tomas Vell, the veteran Peruvian warlord who leads the Sendero-e-Rojo militant "
                "group, on Friday.")
    assert ("Tomas Vell", "Sendero-e-Rojo") in leaders(got)
    # who met it, not who leads it
    got = facts("The council delisted Tomas Vell, the veteran warlord who met the Sendero-e-Rojo militant group.")
    assert not leaders(got)


def test_who_now_leads_and_a_name_that_goes_on_after_for():
    got = facts("Mara Telve, who now leads the Popular Front for Renewal, met the envoy.")
    assert ("Mara Telve", "Popular Front for Renewal") in leaders(got)


# --- arguments by structure -----------------------------------------------------------------------------


def test_coordinated_agents_each_meet_the_object_not_each_other():
    got = facts("Vice President Mike Pence and Secretary of State Mike Pompeo met Recep Tayyip Erdogan in Ankara.",
                dateline="October 18, 2019")
    assert ("Mike Pence", "metWith", "Recep Tayyip Erdoğan") in got
    assert ("Mike Pompeo", "metWith", "Recep Tayyip Erdoğan") in got
    assert not {("Mike Pence", "metWith", "Mike Pompeo"), ("Mike Pompeo", "metWith", "Mike Pence")} & got


def test_two_people_who_met_with_no_object_still_met_each_other():
    got = facts("Mike Pence and Mike Pompeo met in Ankara on Thursday.", dateline="October 18, 2019")
    assert {("Mike Pence", "metWith", "Mike Pompeo"), ("Mike Pompeo", "metWith", "Mike Pence")} & got


def test_the_complement_of_became_is_not_the_subject_and_a_participle_takes_the_main_subject():
    got = facts("RANGOON (AP) — Barack Obama became the first U.S. president to visit the country on Monday, "
                "meeting President Thein Sein and opposition leader Aung San Suu Kyi.", dateline="November 19, 2012")
    assert ("Barack Obama", "metWith", "Thein Sein") in got or ("Thein Sein", "metWith", "Barack Obama") in got
    assert not any(s == "United States" and p == "metWith" for s, p, _ in got)


def test_a_verb_after_and_also_shares_the_subject():
    got = facts("Foreign Minister Sergei Lavrov flew to Minsk, met Pavel Orlov and also held talks with Igor Sokol.")
    assert ("Sergei Lavrov", "metWith", "Igor Sokol") in got or ("Igor Sokol", "metWith", "Sergei Lavrov") in got


# --- sanctions: relative clauses, agencies, lists -------------------------------------------------------


def test_lifting_the_sanctions_it_had_imposed_names_the_target_of_both():
    got = facts("The bloc of West African states, ECOWAS, on Saturday lifted the sanctions it had imposed on Mali.")
    assert ("Economic Community of West African States", "sanctionsLiftedOn", "Mali") in got
    assert ("Economic Community of West African States", "sanctionsImposedOn", "Mali") in got


def test_the_holder_named_inside_the_relative_clause_imposed_them():
    got = facts("The European Union lifted the sanctions Washington had imposed on Cuba.")
    assert ("European Union", "sanctionsLiftedOn", "Cuba") in got
    assert not ("European Union", "sanctionsImposedOn", "Cuba") in got


def test_refusing_to_lift_sanctions_it_imposed_asserts_no_lifting():
    got = facts("The European Union refused to lift the oil embargo it imposed on Cuba.")
    assert not any(p == "sanctionsLiftedOn" for _, p, _ in got)


def test_a_measure_noun_phrase_that_names_its_holder_tells_the_imposition():
    got = facts("The firm shipped turbines to Fiji in breach of Canadian-backed rules and of Norway's sanctions "
                "on Fiji. The minister said the sanctions imposed on Tonga by the United Nations hurt fishermen. "
                "He added that EU sanctions on Samoa, imposed by the European Council in 2019, remain in force.")
    assert {("Norway", "sanctionsImposedOn", "Fiji"), ("United Nations", "sanctionsImposedOn", "Tonga"),
            ("European Union", "sanctionsImposedOn", "Samoa")} <= got


def test_a_measure_noun_phrase_that_is_threatened_planned_new_or_denied_tells_nothing():
    for body in ("Fiji could face Norway's sanctions on its fishing fleet.",
                 "The minister warned of possible U.N. sanctions on Tonga.",
                 "Officials are weighing EU sanctions on Samoa.",
                 "The vote did not change Norway's sanctions on Fiji.",
                 "The talks covered the sanctions that could be imposed on Tonga by the United Nations."):
        assert not any(p == "sanctionsImposedOn" for _, p, _ in facts(body)), body


def test_a_party_that_has_maintained_an_embargo_imposed_it_but_not_one_that_maintained_a_claim():
    got = facts("Norway, which has maintained a trade embargo on Fiji since 1990, said the talks were useful.")
    assert ("Norway", "sanctionsImposedOn", "Fiji") in got
    got = facts("Norway maintained that the sanctions on Fiji were unlawful.")
    assert not any(p == "sanctionsImposedOn" for _, p, _ in got)


def test_the_measure_it_imposed_is_the_bodys_named_just_before_or_across_a_phrase_after_the_measure():
    got = facts("The envoys cited Norway's demands for a ceasefire and the oil embargo it imposed on Fiji in 1990.")
    assert ("Norway", "sanctionsImposedOn", "Fiji") in got
    got = facts("Norway sanctioned Tonga in May. On Monday Norway lifted the arms embargo and the ban on fishing "
                "boats it had imposed on Fiji.")
    assert ("Norway", "sanctionsImposedOn", "Fiji") in got
    got = facts("Norway sanctioned Tonga in May. The envoys discussed the ban on fishing boats it could impose on "
                "Fiji.")
    assert ("Norway", "sanctionsImposedOn", "Fiji") not in got


def test_a_measure_someone_is_charged_with_breaking_is_in_force_whatever_the_sentence_plans():
    got = facts("Prosecutors want to extradite Pavel Orlov, a trader who could face charges of violating Norway's "
                "sanctions against Fiji.")
    assert ("Norway", "sanctionsImposedOn", "Fiji") in got
    got = facts("Prosecutors want Norway's sanctions against Fiji to cover traders.")
    assert ("Norway", "sanctionsImposedOn", "Fiji") not in got


def test_parties_that_remain_subject_to_or_are_under_a_holders_sanctions_are_its_targets():
    got = facts("The ministers lifted the ban. Two senior officers, Pavel Orlov and Ivan Rusak, remain subject to "
                "Norway's sanctions, the spokesman said. Oleg Vasin is under EU sanctions.")
    assert {("Norway", "sanctionsImposedOn", "Pavel Orlov"), ("Norway", "sanctionsImposedOn", "Ivan Rusak"),
            ("European Union", "sanctionsImposedOn", "Oleg Vasin")} <= got
    for body in ("Pavel Orlov is no longer under EU sanctions.", "Pavel Orlov could remain subject to EU sanctions.",
                 "Pavel Orlov said Norway's sanctions policy is changing."):
        assert not any(p == "sanctionsImposedOn" for _, p, _ in facts(body)), body


def test_the_target_of_a_measure_may_come_before_the_clause_that_says_it_imposed_it():
    got = facts("Norway sanctioned Tonga in May. The ministers kept the embargo on Fiji that it first imposed in 1990.")
    assert ("Norway", "sanctionsImposedOn", "Fiji") in got
    got = facts("Norway sanctioned Tonga in May. The ministers discussed the embargo on Fiji that it could impose.")
    assert ("Norway", "sanctionsImposedOn", "Fiji") not in got


def test_an_agency_named_with_its_parent_and_its_short_name_acts():
    got = facts("The U.S. Treasury Department's Office of Foreign Assets Control (OFAC) on Friday imposed sanctions "
                "on the Kestrel Shipping Company.")
    assert any(p == "sanctionsImposedOn" and o == "Kestrel Shipping Company" for _, p, o in got)


def test_a_semicolon_list_goes_on_past_a_role_before_a_name_and_an_item_with_no_name():
    got = facts("The European Union imposed sanctions on 20 officials. Those named include Interior Minister Aro "
                "Belam; the Popular Unity Front (PUF), which has ruled since 1990; the police commissioner, Tavo "
                "Marsh; and Gen. Ilo Kent, commander of the army.")
    for name in ("Aro Belam", "Tavo Marsh", "Ilo Kent"):
        assert ("European Union", "sanctionsImposedOn", name) in got, name


def test_a_country_before_a_titled_person_in_a_list_names_their_side():
    got = facts("Turkey said it was lifting the sanctions it had placed on U.S. Attorney General Jeff Sessions.")
    assert ("Turkey", "sanctionsLiftedOn", "Jeff Sessions") in got
    assert not ("Turkey", "sanctionsLiftedOn", "United States") in got


def test_the_same_group_again_is_no_new_target():
    got = facts("The EU sanctioned four officials on Monday. Britain announced sanctions on the same four officials.")
    assert not any(s == "United Kingdom" and o == "four officials" for s, _, o in got)


# --- releases -------------------------------------------------------------------------------------------


def test_the_authorities_stand_for_the_country_named_before():
    got = facts("Belarus has held the activists since May. Four days later the authorities set free Ivan Rusak.")
    assert ("Belarus", "released", "Ivan Rusak") in got


def test_a_family_name_with_an_arabic_article_is_known_without_it():
    got = facts("President Omar al-Bashir spoke on Monday. In February, Bashir pardoned Pavel Hora, a Czech aid "
                "worker.", dateline="October 6, 2017")
    assert ("Omar al-Bashir", "released", "Pavel Hora") in got


# --- praise and reference -------------------------------------------------------------------------------


def test_the_subject_of_nested_relative_clauses_is_the_first_name():
    got = facts("President Anton Weiss of Austria, who has campaigned for the release of Lena Moll, who holds "
                "Austrian citizenship, also praised Carlos Ibarra.")
    assert ("Carlos Ibarra", "praisedBy", "Anton Weiss") in got
    assert not ("Carlos Ibarra", "praisedBy", "Lena Moll") in got


def test_the_council_is_the_council_named_before():
    got = facts("The U.N. Security Council voted on Friday. Secretary-General Ban Ki-moon, who had pressed members "
                "to act, praised the council for a strong response.", dateline="February 27, 2011")
    assert ("United Nations Security Council", "praisedBy", "Ban Ki-moon") in got


def test_the_council_with_no_council_before_is_nobody():
    got = facts("Secretary-General Ban Ki-moon praised the council for a strong response.",
                dateline="February 27, 2011")
    assert not any(p == "praisedBy" for _, p, _ in got)


def test_a_body_of_a_council_acts_for_it_and_among_them_lists_its_designees():
    got = facts("The U.N. Security Council met in June. Last month the council's sanctions committee blacklisted "
                "five officials and froze their assets. Among them were Tae Ho-rim, director of the Pyolsong Trading "
                "Corporation; and Kang Un-sik, a senior engineer.", dateline="August 5, 2009")
    assert ("United Nations Security Council", "sanctionsImposedOn", "Tae Ho-rim") in got
    assert ("United Nations Security Council", "sanctionsImposedOn", "Kang Un-sik") in got


def test_among_those_freed_names_no_designees():
    got = facts("The United States lifted sanctions on Belarus. Belarus freed 52 prisoners. Among those freed were "
                "several Lithuanian citizens.", dateline="September 13, 2025")
    assert not any(p == "sanctionsImposedOn" for _, p, _ in got)


def test_a_measure_a_body_first_imposed_in_a_relative_clause_is_its_imposition():
    got = facts("The ministers kept in place an asset freeze that the European Union first imposed on Milan "
                "Radek in 1998.")
    assert ("European Union", "sanctionsImposedOn", "Milan Radek") in got


def test_a_measure_a_body_might_impose_in_a_relative_clause_asserts_nothing():
    got = facts("The ministers discussed an asset freeze that the European Union could impose on Milan Radek.")
    assert not any(p == "sanctionsImposedOn" for _, p, _ in got)


def test_those_who_stay_on_a_blacklist_are_its_designees():
    got = facts("The European Union lifted its oil embargo on Serbia. Among those who stay on the EU blacklist are "
                "Goran Bilic and his son Marko Bilic.")
    assert ("European Union", "sanctionsImposedOn", "Goran Bilic") in got
    assert ("European Union", "sanctionsImposedOn", "Marko Bilic") in got


def test_among_them_then_a_description_then_the_name():
    got = facts("In April the U.S. Treasury Department imposed sanctions on Russia, blacklisting dozens of companies, "
                "among them the software firm Veltrix Labs.")
    assert any(p == "sanctionsImposedOn" and o == "Veltrix Labs" for _, p, o in got)


def test_named_people_listed_with_a_group_kg_cannot_name_are_the_subject():
    got = facts("Russia freed Anton Belov and Ilya Marin on Thursday. Belov, Marin and the German nationals flew to "
                "Berlin.", dateline="August 1, 2024")
    assert ("Anton Belov", "releasedTo", "Berlin") in got
    assert ("Ilya Marin", "releasedTo", "Berlin") in got


def test_an_amnesty_for_prisoners_frees_them_and_the_government_is_the_country_named_before():
    got = facts("Myanmar faced new pressure. On Sunday the government announced an amnesty for 452 prisoners.",
                dateline="November 19, 2012")
    assert ("Myanmar", "released", "452 prisoners") in got


def test_an_amnesty_only_called_for_frees_no_one():
    got = facts("Myanmar faced new pressure. Rights groups urged the government to declare an amnesty for 452 "
                "prisoners.", dateline="November 19, 2012")
    assert not any(p == "released" for _, p, _ in got)


def test_a_relative_clause_after_an_apposition_takes_the_named_person():
    got = facts("The envoy met Tun Aung, a former general who has freed hundreds of political prisoners.")
    assert ("Tun Aung", "released", "hundreds of political prisoners") in got


def test_suspending_a_freeze_it_had_placed_is_a_relief_and_names_the_earlier_imposition():
    got = facts("The Treasury's Office of Foreign Assets Control suspended for six months the freeze it had placed "
                "on the paint maker Kestrel Coatings.")
    assert ("Office of Foreign Assets Control", "sanctionsLiftedOn", "Kestrel Coatings") in got
    assert ("Office of Foreign Assets Control", "sanctionsImposedOn", "Kestrel Coatings") in got


def test_a_freeze_lifted_on_nothing_kg_names_asserts_no_relief():
    got = facts("The government lifted a freeze on public hiring in Canada.")
    assert not any(p == "sanctionsLiftedOn" for _, p, _ in got)


def test_was_set_free_by_a_role_and_a_name_is_a_passive_with_its_agent():
    got = facts("Ivan Petrov was set free on Thursday by the justice minister, Karl Obst.")
    assert ("Karl Obst", "released", "Ivan Petrov") in got
    assert not ("Ivan Petrov", "released", "Karl Obst") in got


def test_a_group_can_take_part_in_a_meeting():
    got = facts("A group of Moroccan diplomats held their first meeting with President Barack Obama on Monday.",
                dateline="May 2, 2013")
    assert any(p == "metWith" and "Barack Obama" in (s, o) for s, p, o in got)


def test_a_group_that_refused_to_meet_met_no_one():
    got = facts("A group of Moroccan diplomats refused to meet President Barack Obama on Monday.",
                dateline="May 2, 2013")
    assert not any(p == "metWith" for _, p, _ in got)


def test_a_titled_leader_after_ousted_or_toppled_leads_nothing_now():
    got = facts("Soldiers toppled and detained President Mohamed Bazoum in July.", dateline="February 24, 2024")
    assert not any(p == "leaderOf" and s == "Mohamed Bazoum" for s, p, _ in got)
    got = facts("President Mohamed Bazoum spoke in Niamey.", dateline="February 24, 2023")
    assert ("Mohamed Bazoum", "leaderOf", "Niger") in got


def test_a_titled_leader_the_dated_table_has_out_of_office_on_the_date_leads_nothing():
    got = facts("In his last week in office, President Barack Obama eased the sanctions.", dateline="October 6, 2017")
    assert not any(p == "leaderOf" and s == "Barack Obama" for s, p, _ in got)
    got = facts("President Barack Obama eased the sanctions.", dateline="January 13, 2017")
    assert ("Barack Obama", "leaderOf", "United States") in got


def test_a_named_sanctions_committee_of_a_council_acts_for_the_council_not_for_its_topic():
    got = facts("The U.N. Security Council met in May. Its al-Qaida sanctions committee met too. Later the U.N. "
                "Security Council's al-Qaida sanctions committee added the Kestrel Brigade to its blacklist.",
                dateline="June 22, 2014")
    assert not any(s == "al-Qaeda" for s, p, _ in got if p == "sanctionsImposedOn")


def test_a_summit_someone_was_due_to_attend_is_no_meeting_yet():
    got = facts("President Barack Obama met Thai Prime Minister Yingluck Shinawatra on Sunday. He was due to fly on "
                "to Cambodia later for a summit hosted by Prime Minister Hun Sen.", dateline="November 19, 2012")
    assert not any(p == "metWith" and "Hun Sen" in (s, o) for s, p, o in got)


# --- lists behind a describing participle, and lists of people sent home ---------------------------------


def test_a_list_after_including_is_read_through_a_participle_that_describes_the_group():
    got = facts("Canada lifted sanctions on two shipping firms owned by Greek tycoon Nikos Varvakis, "
                "including Gazprom and Rosneft.")
    assert ("Canada", "sanctionsLiftedOn", "Gazprom") in got
    assert ("Canada", "sanctionsLiftedOn", "Rosneft") in got


def test_the_owner_named_in_the_describing_participle_is_no_target():
    got = facts("Britain imposed sanctions on four banks linked to Iran's Revolutionary Guards, including Bank Melli.")
    assert ("United Kingdom", "sanctionsImposedOn", "Bank Melli") in got
    assert not any(o in ("Iran", "Islamic Revolutionary Guard Corps") for s, p, o in got if p == "sanctionsImposedOn")


def test_those_deported_in_a_release_are_the_people_released():
    got = facts("Belarus freed six prisoners on Tuesday. Those deported included Paul Dorner and Ivan Kessel.")
    assert ("Belarus", "released", "Paul Dorner") in got
    assert ("Belarus", "released", "Ivan Kessel") in got


# --- praise: through a relative clause, and of a surname with a particle ---------------------------------


def test_a_relative_clause_naming_sanctions_does_not_take_the_subject_of_the_praise():
    got = facts("Angela Merkel, who has long opposed sanctions, praised Emmanuel Macron for his patience.")
    assert ("Emmanuel Macron", "praisedBy", "Angela Merkel") in got
    assert not any(p.startswith("sanctions") for s, p, o in got)


def test_praise_of_a_surname_with_a_lowercase_particle_reaches_the_person():
    got = facts("President Pieter van Damme pardoned Nelson Mandela. Mark Rutte praised van Damme's patience.")
    assert ("Pieter van Damme", "praisedBy", "Mark Rutte") in got


# --- releases by custody ---------------------------------------------------------------------------------


def test_people_held_in_a_country_and_released_were_released_by_that_country():
    got = facts("The six aid workers held in Eritrea for nearly three months have been released, "
                "a spokesman for the charity said.")
    assert ("Eritrea", "released", "six aid workers") in got


def test_people_held_in_a_country_and_not_released_were_not_released():
    got = facts("The six aid workers held in Eritrea for nearly three months have not been released.")
    assert not any(p == "released" for s, p, o in got)


def test_a_group_restated_with_its_count_keeps_the_new_wording_as_a_name():
    art = article_from_text("Wire report\n\nMarch 3, 2021\n\nEritrea frees 6 detained Dutch sailors\n\n"
                            "The 6 Dutch naval personnel held in Eritrea for nearly two weeks have been released.\n",
                            source="t.txt")
    groups = [f.object for f in extract(art).facts if f.predicate == "released"]
    assert [g.label for g in groups] == ["6 detained Dutch sailors"]
    assert "6 Dutch naval personnel" in groups[0].aliases


def test_named_members_of_a_released_group_go_where_the_group_went():
    got = facts("Belarus freed 12 Polish sailors on Monday. Among them was Tomasz Wierzba, 41. "
                "The sailors returned to Poland late on Tuesday.")
    assert ("Belarus", "released", "Tomasz Wierzba") in got
    assert ("Tomasz Wierzba", "releasedTo", "Poland") in got


def test_members_of_a_group_that_was_not_released_go_nowhere():
    got = facts("Belarus fined 12 Polish sailors on Monday. Among them was Tomasz Wierzba, 41. "
                "The sailors returned to Poland late on Tuesday.")
    assert not any(p == "releasedTo" for s, p, o in got)


# --- praise told from the praised side, or as a noun ------------------------------------------------------


def test_winning_praise_from_someone_is_being_praised_by_them():
    got = facts("Emmanuel Macron won praise from Angela Merkel for his handling of the crisis.")
    assert ("Emmanuel Macron", "praisedBy", "Angela Merkel") in got


def test_not_winning_praise_is_no_praise():
    got = facts("Emmanuel Macron did not win praise from Angela Merkel for his handling of the crisis.")
    assert not any(p == "praisedBy" for s, p, o in got)


def test_a_possessor_of_praise_for_someone_praised_them():
    got = facts("Angela Merkel's praise for Emmanuel Macron surprised officials in Berlin.")
    assert ("Emmanuel Macron", "praisedBy", "Angela Merkel") in got



def test_lifting_a_measure_that_a_country_has_kept_on_another_targets_that_other():
    got = facts("Canada lifted the arms embargo that the European Union has long kept on Norway.")
    assert ("Canada", "sanctionsLiftedOn", "Norway") in got
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)  # keeping it in force is no new measure


def test_a_list_of_measures_before_their_target_reaches_the_target():
    got = facts("Canada lifted restrictions on trade, asset freezes and travel bans on Rusal and EuroSibEnergo.")
    assert ("Canada", "sanctionsLiftedOn", "Rusal") in got
    assert ("Canada", "sanctionsLiftedOn", "EuroSibEnergo") in got


def test_a_clause_after_the_measure_is_no_list_of_measures():
    got = facts("Canada lifted restrictions on trade, which had hurt Rusal for a year.")
    assert not any(p == "sanctionsLiftedOn" for s, p, o in got)


def test_every_name_of_a_list_with_ages_is_read_before_the_verb():
    got = facts("Belarus freed Anton Brel, Kai Moss and Ida Fenn on Friday. "
                "A plane carrying Brel, 61, Moss, 38, and Fenn, 52, landed in Oslo late on Saturday.")
    assert {s for s, p, o in got if p == "releasedTo" and o == "Oslo"} == {"Anton Brel", "Kai Moss", "Ida Fenn"}


def test_a_target_removed_from_a_countrys_sanctions_list_had_sanctions_lifted_by_that_country():
    assert ("United Kingdom", "sanctionsLiftedOn", "Gazprom") in facts(
        "Gazprom was removed from Britain's sanctions list on Friday.")
    assert ("United States", "sanctionsLiftedOn", "Gazprom") in facts(
        "Gazprom was taken off the U.S. sanctions list on Friday.")


def test_a_target_not_removed_from_the_list_had_nothing_lifted():
    assert not any(p == "sanctionsLiftedOn" for s, p, o in facts(
        "Gazprom was not removed from Britain's sanctions list on Friday."))


# --- meetings: more ways to say two people met -----------------------------------------------------------


def test_sitting_down_with_concluding_talks_and_welcoming_a_guest_to_a_place_are_meetings():
    assert ("Ilse Marro", "metWith", "Tomas Vek") in facts(
        "Chancellor Ilse Marro sat down with Tomas Vek, the Latvian president, at her residence.")
    assert ("Ilse Marro", "metWith", "Tomas Vek") in facts(
        "Ilse Marro and Tomas Vek on Sunday concluded two days of talks in the lakeside town.")
    assert ("Ilse Marro", "metWith", "Tomas Vek") in facts("Ilse Marro welcomed Tomas Vek to Riga on Tuesday.")


def test_a_planned_or_refused_sit_down_and_a_welcomed_decision_are_no_meeting():
    for body in ("Ilse Marro will sit down with Tomas Vek next month.",
                 "Ilse Marro refused to sit down with Tomas Vek.",
                 "Ilse Marro welcomed Tomas Vek's decision to free the two men."):
        assert not any(p == "metWith" for s, p, o in facts(body)), body


# --- a leader referred to by the first word of the name -----------------------------------------------


def test_a_leader_named_in_full_is_then_known_by_the_first_word_of_the_name():
    got = facts("Eritrean President Tesfai Gebrehiwet ruled for decades. "
                "Envoy Mara Lindqvist held talks with Tesfai in Asmara on Monday.")
    assert ("Mara Lindqvist", "metWith", "Tesfai Gebrehiwet") in got


def test_a_first_word_two_leaders_share_or_a_shared_surname_names_no_one():
    got = facts("Eritrean President Tesfai Gebrehiwet met Somali President Tesfai Warsame on Sunday. "
                "Envoy Mara Lindqvist held talks with Tesfai in Asmara on Monday.")
    assert not any(p == "metWith" and "Mara Lindqvist" in (s, o) for s, p, o in got)
    got = facts("Eritrean President Tesfai Gebrehiwet spoke on Sunday. "
                "Envoy Mara Lindqvist held talks with Tesfai and Omar Gebrehiwet, his brothers, in Asmara.")
    assert ("Mara Lindqvist", "metWith", "Tesfai Gebrehiwet") not in got


# --- counted definite descriptions: "the trio", "the three men", "the two leaders" -------------------------


def test_the_trio_that_arrived_are_the_three_people_freed_two_sentences_before():
    got = facts("Belarus freed Anton Brel, Kai Moss and Ida Fenn on Friday. Officials gave no reason. "
                "The trio arrived in Vilnius on Saturday.")
    assert {s for s, p, o in got if p == "releasedTo" and o == "Vilnius"} == {"Anton Brel", "Kai Moss", "Ida Fenn"}


def test_the_two_leaders_are_the_two_titled_people_not_the_reporters_of_a_byline():
    got = facts("By Vera Lind and Otto Haas\n\nSlovenian President Marko Zupan and Hungarian Prime Minister "
                "Laszlo Berg opened a bridge on Tuesday. The two leaders met for an hour in a palace.")
    assert ("Marko Zupan", "metWith", "Laszlo Berg") in got or ("Laszlo Berg", "metWith", "Marko Zupan") in got
    assert not any(p == "metWith" and "Vera Lind" in (s, o) for s, p, o in got)


# --- the members of a released group named later in the same sentence ------------------------------------


def test_the_people_named_after_a_counted_release_are_its_members_and_take_its_place():
    got = facts("Belarus released the last two Latvians it was holding, handing Anton Brel and Kai Moss to a "
                "Latvian envoy at the border. The two men landed in Riga hours later.")
    assert {("Belarus", "released", "Anton Brel"), ("Belarus", "released", "Kai Moss"),
            ("Anton Brel", "releasedTo", "Riga"), ("Kai Moss", "releasedTo", "Riga")} <= got
    assert not any(s.endswith("Latvians") or o.endswith("Latvians") for s, p, o in got)


def test_a_list_of_a_different_size_names_no_members_of_the_released_group():
    got = facts("Belarus released three Latvians, handing Anton Brel and Kai Moss's lawyers a statement.")
    assert ("Belarus", "released", "Anton Brel") not in got


def test_the_party_that_held_the_people_freed_released_them():
    got = facts("Anton Brel and Kai Moss, held by Belarus for three years, were freed on Friday.")
    assert {("Belarus", "released", "Anton Brel"), ("Belarus", "released", "Kai Moss")} <= got
    got = facts("Anton Brel, held by Belarus for three years, was not freed on Friday.")
    assert not any(p == "released" for s, p, o in got)


def test_a_us_state_is_a_place_in_the_united_states_a_name_that_contains_one_is_not():
    got = facts("Belarus freed Anton Brel, an American teacher, and he was flown home to Ohio on Tuesday.")
    assert ("Anton Brel", "releasedTo", "United States") in got  # the state stands for its country
    got = facts("Belarus freed Anton Brel. He later met Virginia Lee, a lawyer.")
    assert not any(o == "Virginia" or s == "Virginia" for s, p, o in got)


# --- definite descriptions of a leader named before --------------------------------------------------


def test_the_latvian_president_is_the_latvian_president_named_before_not_the_nearest_name():
    got = facts("Latvian President Tomas Vek held talks with Slovenian President Marko Zupan on Monday. "
                "Zupan, who met aides of Ilse Marro, praised the Latvian president for his patience.")
    assert ("Tomas Vek", "praisedBy", "Marko Zupan") in got
    assert not any(p == "praisedBy" and s == "Ilse Marro" for s, p, o in got)


def test_a_description_that_fits_two_leaders_or_a_former_one_names_no_one():
    got = facts("Latvian President Tomas Vek and former Latvian President Andris Kalns met Marko Zupan. "
                "Zupan praised the former Latvian president for his patience.")
    assert not any(p == "praisedBy" for s, p, o in got)


# --- object pronouns are not the subject of their own clause ---------------------------------------------


def test_him_is_not_the_person_who_opens_his_clause_but_the_one_named_before():
    got = facts("Andris Kalns fell ill and was flown to Berlin, where Chancellor Ilse Marro visited him in hospital.")
    assert ("Ilse Marro", "metWith", "Andris Kalns") in got or ("Andris Kalns", "metWith", "Ilse Marro") in got


def test_him_after_a_verb_may_still_be_the_object_named_in_the_same_clause():
    got = facts("Chancellor Ilse Marro met Andris Kalns on Monday and praised him for his courage.")
    assert ("Andris Kalns", "praisedBy", "Ilse Marro") in got


def test_them_after_the_two_men_is_that_pair_and_greeting_them_is_no_meeting_between_them():
    got = facts("Belarus freed Anton Brel and Kai Moss on Friday, hours after a court freed Ida Fenn. Chancellor "
                "Ilse Marro was at the airport to greet the two men. She praised them for their courage.")
    assert {("Anton Brel", "praisedBy", "Ilse Marro"), ("Kai Moss", "praisedBy", "Ilse Marro")} <= got
    assert ("Ida Fenn", "praisedBy", "Ilse Marro") not in got
    assert not {("Anton Brel", "metWith", "Kai Moss"), ("Kai Moss", "metWith", "Anton Brel")} & got


def test_the_two_men_who_met_each_other_met():
    got = facts("Anton Brel and Kai Moss were freed on Friday. The two men met in Vilnius on Saturday.")
    assert {("Anton Brel", "metWith", "Kai Moss"), ("Kai Moss", "metWith", "Anton Brel")} & got


def test_being_somewhere_or_going_there_to_meet_someone_is_meeting_them():
    assert ("Ilse Marro", "metWith", "Anton Brel") in facts(
        "Chancellor Ilse Marro, who announced the release, was at the airport to greet Anton Brel on Friday.")
    assert ("Ilse Marro", "metWith", "Anton Brel") in facts("Chancellor Ilse Marro flew to Vilnius to meet Anton Brel.")


def test_a_planned_hoped_or_denied_trip_to_meet_someone_is_no_meeting():
    for body in ("Chancellor Ilse Marro will fly to Vilnius to meet Anton Brel.",
                 "Chancellor Ilse Marro flew to Vilnius hoping to meet Anton Brel.",
                 "Chancellor Ilse Marro did not fly to Vilnius to meet Anton Brel."):
        assert not any(p == "metWith" for s, p, o in facts(body)), body


def test_both_ministers_are_the_pair_told_as_one_before_not_two_advisers_named_since():
    got = facts("Latvia's foreign minister, Tomas Vek, and his Slovenian counterpart, Marko Zupan, met in Riga. "
                "The two men shook hands before their talks. Their aides, Ida Fenn and Kai Moss, drafted a text. "
                "Both ministers later held talks with Czech Foreign Minister Ilse Marro.")
    assert {("Tomas Vek", "metWith", "Ilse Marro"), ("Marko Zupan", "metWith", "Ilse Marro")} <= got | {
        (o, p, s) for s, p, o in got}
    assert not any(p == "metWith" and "Ida Fenn" in (s, o) for s, p, o in got)


def test_arriving_somewhere_for_talks_with_someone_is_meeting_them_but_a_planned_trip_is_not():
    assert ("Ilse Marro", "metWith", "Tomas Vek") in facts(
        "Chancellor Ilse Marro arrived in Riga on Monday for informal talks with Tomas Vek.")
    for body in ("Chancellor Ilse Marro will fly to Riga on Monday for talks with Tomas Vek.",
                 "Chancellor Ilse Marro pressed for talks with Tomas Vek."):
        assert not any(p == "metWith" for s, p, o in facts(body)), body


def test_the_host_of_the_session_where_two_leaders_met_met_them_both():
    got = facts("Tomas Vek met Marko Zupan in Vienna on Monday, at a session hosted by Chancellor Ilse Marro.")
    pairs = {frozenset((s, o)) for s, p, o in got if p == "metWith"}
    assert {frozenset(("Ilse Marro", "Tomas Vek")), frozenset(("Ilse Marro", "Marko Zupan"))} <= pairs
    got = facts("Tomas Vek praised Marko Zupan on Monday, at a session hosted by Chancellor Ilse Marro.")
    assert not any(p == "metWith" for s, p, o in got)


def test_people_freed_who_are_on_their_way_home_to_a_country_go_there_and_others_do_not():
    got = facts("Belarus freed Anton Brel and Kai Moss on Friday, officials said, adding that Anton Brel and "
                "Kai Moss were on their way home to Latvia.")
    assert {("Anton Brel", "releasedTo", "Latvia"), ("Kai Moss", "releasedTo", "Latvia")} <= got
    got = facts("Anton Brel and Kai Moss were on their way home to Latvia after a conference.")
    assert not any(p == "releasedTo" for s, p, o in got)


def test_a_person_freed_and_flown_somewhere_in_one_clause_was_released_to_that_place():
    got = facts("Anton Brel, a Latvian engineer, was freed on Friday after two years in jail and flown to Germany.")
    assert ("Anton Brel", "releasedTo", "Germany") in got
    # the same verbs with no release before them take no one anywhere
    got = facts("Anton Brel, a Latvian engineer, was arrested on Friday after a trial and flown to Germany.")
    assert not any(p == "releasedTo" for s, p, o in got)


def test_agreeing_to_free_prisoners_or_a_deal_that_is_to_free_them_frees_no_one_yet():
    for promise in ("Belarus agreed on Monday to release 40 political prisoners in stages.",
                    "Belarus signed a deal that is to free 40 political prisoners by May."):
        assert not any(p == "released" for _, p, _ in facts(promise)), promise
    assert ("Belarus", "released", "40 political prisoners") in facts("Belarus released 40 political prisoners.")


def test_sanctions_on_people_close_to_a_leader_do_not_target_the_leader():
    for told in ("Canada imposed sanctions on five oligarchs close to Ivan Petrov on Monday.",
                 "Canada imposed sanctions on three billionaires close to President Ivan Petrov.",
                 "Canada slapped sanctions on officials loyal to Ivan Petrov."):
        assert not any(p == "sanctionsImposedOn" and o == "Ivan Petrov" for _, p, o in facts(told)), told
    assert ("Canada", "sanctionsImposedOn", "Ivan Petrov") in facts("Canada imposed sanctions on Ivan Petrov.")


def test_a_speaker_who_reports_that_someone_else_freed_people_freed_no_one():
    got = facts("Interior Minister Anton Brel said the rebels had released 20 prisoners on Sunday.")
    assert not any(p == "released" and s == "Anton Brel" for s, p, _ in got)
    got = facts("Anton Brel said on Monday that Belarus had released 20 prisoners.")
    assert ("Belarus", "released", "20 prisoners") in got


def test_a_group_with_its_members_between_commas_before_the_measure_noun_is_targeted_with_them():
    got = facts("Belarus on Friday banned nine European officials, including Ivan Petrov and Ana Lind, from "
                "entering the country.")
    assert {("Belarus", "sanctionsImposedOn", "Ivan Petrov"), ("Belarus", "sanctionsImposedOn", "Ana Lind")} <= got
    got = facts("Canada added 12 people, including Ivan Petrov, to its sanctions list.")
    assert ("Canada", "sanctionsImposedOn", "Ivan Petrov") in got
    # a ban threatened, with the same list, bans no one
    got = facts("Belarus threatened to ban nine European officials, including Ivan Petrov, from entering the country.")
    assert not any(p == "sanctionsImposedOn" for _, p, _ in got)


def test_a_party_and_its_allies_who_froze_assets_is_the_party_that_froze_them():
    got = facts("Canada and its allies have already frozen the assets of Ivan Petrov and Ana Lind.")
    assert {("Canada", "sanctionsImposedOn", "Ivan Petrov"), ("Canada", "sanctionsImposedOn", "Ana Lind")} <= got
    got = facts("Canada and its allies have threatened to freeze the assets of Ivan Petrov.")
    assert not any(p == "sanctionsImposedOn" for _, p, _ in got)


def test_names_also_named_or_listed_after_a_sanctions_list_are_targets_and_other_senses_are_not():
    told = "Belarus imposed sanctions on nine Polish officials on Monday, its foreign ministry said. "
    got = facts(told + "Former minister Anna Nowak and Piotr Zielinski were also named.")
    assert {("Belarus", "sanctionsImposedOn", "Anna Nowak"), ("Belarus", "sanctionsImposedOn", "Piotr Zielinski")} <= got
    for other in ("Piotr Zielinski was named as ambassador to Minsk.", "Piotr Zielinski was not named.",
                  "Piotr Zielinski was named in the indictment."):
        assert not any(o == "Piotr Zielinski" and p == "sanctionsImposedOn" for _, p, o in facts(told + other)), other


def test_sanctions_over_a_country_are_about_it_and_fall_on_someone_else():
    got = facts("Belarus barred 20 Polish officials in retaliation for sweeping new sanctions over Ukraine.")
    assert not any(p == "sanctionsImposedOn" and o == "Ukraine" for _, p, o in got)
    got = facts("Canada imposed new sanctions on Iran over Ukraine on Monday.")
    assert ("Canada", "sanctionsImposedOn", "Iran") in got
    assert not any(p == "sanctionsImposedOn" and o == "Ukraine" for _, p, o in got)


def test_a_court_named_by_its_country_frees_people_for_that_country():
    got = facts("Iran's judiciary said Jean Morel had been released by a French court and was heading home.")
    assert ("France", "released", "Jean Morel") in got
    assert not any(p == "released" and s == "Iran" for s, p, _ in got)
    assert ("Russia", "released", "Jean Morel") in facts("A Russian court freed Jean Morel on bail on Monday.")


def test_a_designation_or_listing_that_covers_names_targets_them():
    told = "Canada on Monday imposed travel bans on five Belarusian officials. "
    got = facts(told + "The designation also covers his children Anna Brel and Kai Brel.")
    assert {("Canada", "sanctionsImposedOn", "Anna Brel"), ("Canada", "sanctionsImposedOn", "Kai Brel")} <= got
    got = facts(told + "Ministers approved the listings without debate. They cover Anna Brel and Kai Brel.")
    assert ("Canada", "sanctionsImposedOn", "Anna Brel") in got
    # a story that covers a place targets no one
    assert not any(o == "Ukraine" for _, p, o in facts(told + "The reporters cover Ukraine for the agency."))


def test_counted_billionaires_or_tycoons_are_a_group_whose_members_a_later_sentence_names():
    got = facts("Canada imposed sanctions on two banks and three billionaires on Monday. The three individuals are "
                "Ivan Petrov, 69, Oleg Sidorov, 65, and Anton Brel, 48.")
    assert {("Canada", "sanctionsImposedOn", n) for n in ("Ivan Petrov", "Oleg Sidorov", "Anton Brel")} <= got
    assert ("Canada", "sanctionsImposedOn", "two tycoons") in facts("Canada sanctioned two tycoons on Monday.")


def test_a_released_person_who_left_one_place_for_another_was_released_to_the_second():
    got = facts("Belarus released Anna Brel on Tuesday. Anna Brel left Minsk for Vilnius on a morning flight.")
    assert ("Anna Brel", "releasedTo", "Lithuania") in got or ("Anna Brel", "releasedTo", "Vilnius") in got
    assert not any(p == "releasedTo" and o in ("Minsk", "Belarus") for _, p, o in got)
    # no release told: a trip is no transfer
    got = facts("Anna Brel left Minsk for Vilnius on a morning flight.")
    assert not any(p == "releasedTo" for _, p, _ in got)


def test_names_also_removed_or_among_those_delisted_are_reliefs_of_the_party_that_lifted():
    told = "Canada on Friday lifted sanctions on 11 Belarusian officials. "
    got = facts(told + "Among those delisted is Anton Brel, a former minister. Also removed were Kai Moss and Ida Fenn.")
    assert {("Canada", "sanctionsLiftedOn", n) for n in ("Anton Brel", "Kai Moss", "Ida Fenn")} <= got
    # removed from office is no delisting
    got = facts(told + "Kai Moss was removed from office in May.")
    assert not any(p == "sanctionsLiftedOn" and o == "Kai Moss" for _, p, o in got)


def test_lifting_the_measures_a_party_imposed_earlier_in_the_sentence_is_a_relief_on_their_target():
    got = facts("ECOWAS, which had imposed a trade embargo on Mali after the coup, lifted the measures on Friday.")
    assert ("Economic Community of West African States", "sanctionsLiftedOn", "Mali") in got
    # measures against a disease lift nothing kg names
    assert not any(p == "sanctionsLiftedOn" for _, p, _ in facts("China eased its COVID measures on Monday."))


# --- members of a counted release named in the next sentence, and where they land ------------------------


def test_people_new_to_the_article_who_open_the_next_sentence_are_the_counted_group_freed():
    got = facts("Belarus pardoned two Latvian truck drivers on Tuesday. Anton Brel, 32, and Kai Moss, 36, were "
                "arrested in March. Their families thanked the envoy. The plane carrying the two drivers landed at "
                "Burbank, California, on Wednesday.")
    assert {("Belarus", "released", "Anton Brel"), ("Belarus", "released", "Kai Moss"),
            ("Anton Brel", "releasedTo", "Burbank"), ("Kai Moss", "releasedTo", "Burbank")} <= got


def test_people_named_before_or_a_list_of_another_size_are_no_members_of_the_group():
    got = facts("Ilse Marro and Tomas Vek spoke on Monday. Belarus pardoned two Latvian truck drivers on Tuesday. "
                "Ilse Marro and Tomas Vek welcomed the move.")
    assert ("Belarus", "released", "Ilse Marro") not in got
    got = facts("Belarus pardoned two Latvian truck drivers on Tuesday. Anton Brel, Kai Moss and Ida Fenn were "
                "arrested in March.")
    assert not any(p == "released" and o in ("Anton Brel", "Kai Moss", "Ida Fenn") for s, p, o in got)


def test_shaking_hands_with_someone_is_meeting_them_and_refusing_to_is_not():
    got = facts("Chancellor Ilse Marro met the freed men at the airport, shaking hands with Anton Brel on the tarmac.")
    assert ("Ilse Marro", "metWith", "Anton Brel") in got
    assert not any(p == "metWith" for s, p, o in facts("Chancellor Ilse Marro refused to shake hands with Anton Brel."))


# --- praise in words attributed to a speaker ---------------------------------------------------------------


def test_a_quotation_said_of_someone_or_a_description_of_them_with_a_praise_word_is_praise():
    assert ("Tomas Vek", "praisedBy", "Ilse Marro") in facts('"He is a man of his word," Ilse Marro said of Tomas Vek.')
    assert ("Tomas Vek", "praisedBy", "Ilse Marro") in facts(
        'Chancellor Ilse Marro called Tomas Vek "a hero of our times" on Friday.')


def test_a_negated_quotation_or_a_hostile_description_is_no_praise():
    for body in ('"He is not a man of his word," Ilse Marro said of Tomas Vek.',
                 "Chancellor Ilse Marro called Tomas Vek a great threat to the region.",
                 "Chancellor Ilse Marro called Tomas Vek on Friday."):
        assert not any(p == "praisedBy" for s, p, o in facts(body)), body

# --- sanctions: lists of designees and of delistings ------------------------------------------------------


def test_everyone_taken_off_a_sanctions_list_had_sanctions_lifted_including_a_group_spelled_out_after_a_dash():
    got = facts("The U.S. Treasury on Tuesday removed Nornickel and three Ruritanian ministers — Ivo Tal, "
                "Bram Dorn and Kees Vell — from its sanctions list. Britain took Rusal, the metals producer, its "
                "parent Varo Holdings, and the power generator Selka Energo off its list of blocked companies.")
    lifted = {(s, o) for s, p, o in got if p == "sanctionsLiftedOn"}
    assert {o for s, o in lifted if s == "U.S. Treasury Department"} >= {"Nornickel", "Ivo Tal", "Bram Dorn",
                                                                        "Kees Vell"}
    assert {o for s, o in lifted if s == "United Kingdom"} >= {"Rusal", "Varo Holdings", "Selka Energo"}
    # they were on those lists: each state had designated them (never the list's own words: "off its list of X")
    imposed = {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    assert imposed >= {("United States", "Ivo Tal"), ("United Kingdom", "Rusal")}
    assert {s for s, _ in imposed} <= {"United States", "United Kingdom"}


def test_names_after_the_list_they_are_removed_from_are_delisted_not_designated():
    got = facts("On Tuesday the U.S. Treasury removed from its blacklist names including Ivo Tal, Bram Dorn "
                "and Kees Vell.")
    assert {o for s, p, o in got if p == "sanctionsLiftedOn"} == {"Ivo Tal", "Bram Dorn", "Kees Vell"}
    # no new designation in "its blacklist names ...": only the earlier one their removal tells, by the state
    assert {(s, o) for s, p, o in got if p == "sanctionsImposedOn"} <= {("United States", n)
                                                                         for n in ("Ivo Tal", "Bram Dorn", "Kees Vell")}


def test_a_decision_that_removed_a_group_from_the_list_lifted_sanctions_on_its_named_members():
    got = facts("The United States ended its Ruritania sanctions programme on Monday. The decision removed 11 "
                "people from the sanctions list, among them former first lady Mira Dane.")
    assert ("United States", "sanctionsLiftedOn", "Mira Dane") in got


def test_a_target_kept_on_the_list_or_refused_removal_had_nothing_lifted():
    for body in ("The U.S. Treasury did not remove Norilsk Nickel from its sanctions list.",
                 "The U.S. Treasury refused to take Norilsk Nickel off its sanctions list."):
        assert not any(p == "sanctionsLiftedOn" for s, p, o in facts(body)), body


def test_a_group_of_a_body_spelled_out_between_dashes_and_the_names_after_it_are_all_designated():
    got = facts("China hit back, imposing sanctions on ten Europeans. They included three members of the "
                "European Parliament — Ivo Tal, Bram Dorn and Kees Vell — as well as German scholar Anna Roth "
                "and Swedish researcher Lars Ekberg.")
    assert {o for s, p, o in got if p == "sanctionsImposedOn" and s == "China"} >= {
        "Ivo Tal", "Bram Dorn", "Kees Vell", "Anna Roth", "Lars Ekberg"}


def test_the_members_of_a_counted_group_named_after_a_phrase_and_among_them_are_targets_too():
    got = facts("Canada sanctioned 19 people for election interference and cyber-attacks, among them Ivo Tal "
                "and the Varna-based lender Banco Sur.")
    assert {o for s, p, o in got if p == "sanctionsImposedOn"} == {"19 people", "Ivo Tal", "Banco Sur"}


def test_a_smaller_counted_group_among_the_targets_is_no_target_of_its_own():
    got = facts("Canada imposed sanctions on 22 people accused of corruption, including three brothers who ran "
                "a mining firm.")
    assert {o for s, p, o in got if p == "sanctionsImposedOn"} == {"22 people"}


def test_a_patrons_man_with_a_field_before_his_title_is_the_target_not_the_patron():
    got = facts("The U.S. Treasury said sanctions are being levied against former Trump trade adviser Peter Navarro.")
    assert {o for s, p, o in got if p == "sanctionsImposedOn"} == {"Peter Navarro"}
    assert not leaders(got)


def test_the_lead_probe_after_months_of_debate_lifted_is_a_plain_relief():
    assert ("European Union", "sanctionsLiftedOn", "Syria") in facts(
        "The EU, after months of debate, lifted sanctions on Syria.")


def test_a_count_of_individuals_and_organisations_is_one_group_and_a_second_count_is_another():
    got = facts("The Security Council voted to freeze the assets of 28 more individuals and organisations. "
                "Canada sanctioned 19 people and five organisations on Friday.")
    targets = {o for s, p, o in got if p == "sanctionsImposedOn"}
    assert {"28 more individuals and organisations", "19 people", "five organisations"} <= targets


def test_agreed_and_ordered_sanctions_and_economic_measures_are_impositions():
    got = facts("EU foreign ministers agreed sanctions on Belarus. President Clinton ordered sweeping economic "
                "sanctions against India. Vladimir Putin signed a decree imposing a raft of economic measures on "
                "Turkey. Russia banned 18 Americans from entering the country.")
    assert {("European Union", "Belarus"), ("Clinton", "India"), ("Vladimir Putin", "Turkey"),
            ("Russia", "18 Americans")} <= {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}


def test_measures_that_are_no_sanctions_and_a_threatened_ban_impose_nothing():
    for body in ("China imposed lockdown measures on Shanghai.",
                 "Russia threatened to ban 18 Americans from entering the country.",
                 "President Clinton ordered a review of aid to India."):
        assert not any(p == "sanctionsImposedOn" for s, p, o in facts(body)), body


def test_a_measure_a_country_has_kept_since_a_date_is_lifted_on_its_target():
    got = facts("President Clinton on Thursday lifted the trade embargo that the United States has kept on "
                "Vietnam since the end of the war.")
    assert ("Clinton", "sanctionsLiftedOn", "Vietnam") in got


def test_the_sanctions_it_slapped_on_a_country_are_an_imposition_by_the_party_the_article_names():
    got = facts("Russia and Turkey declared an end to their quarrel, but the Kremlin made clear that the economic "
                "sanctions it slapped on Turkey would be unwound slowly. On Nov. 28, Vladimir Putin signed a "
                "decree imposing a raft of economic measures on Turkey.")
    assert ("Vladimir Putin", "sanctionsImposedOn", "Turkey") in got


def test_an_acronym_that_was_designated_is_an_organisation_the_measure_falls_on():
    got = facts("In March the U.S. Treasury sanctioned 19 people. The FSB and the GRU were also designated.")
    assert {"GRU", "Federal Security Service"} <= {o for s, p, o in got if p == "sanctionsImposedOn"}
    assert not any(o == "GRU" for s, p, o in facts("The FSB and the GRU were not designated."))


def test_the_acting_party_of_a_sanction_with_no_named_target_carries_across_a_designation_list():
    got = facts("The U.S. Treasury on Monday imposed sanctions on Russian oligarchs. Those hit with sanctions include "
                "Ivo Tal and Bram Dorn. Also included on the list is Varo Holdings. The list also names Kees Vell. "
                "Among those targeted were Anna Roth and Lars Ekberg.")
    assert {o for s, p, o in got if p == "sanctionsImposedOn" and s == "U.S. Treasury Department"} == {
        "Ivo Tal", "Bram Dorn", "Varo Holdings", "Kees Vell", "Anna Roth", "Lars Ekberg"}


def test_the_men_a_body_sanctioned_in_a_relative_clause_do_not_make_it_the_acting_party_of_a_list():
    got = facts("Canada on Thursday imposed sanctions on 17 Saudi nationals. The 17 are the same individuals the U.S. "
                "Treasury sanctioned in November. They include Ivo Tal and Bram Dorn.")
    assert not any(s == "U.S. Treasury Department" for s, p, o in got if p == "sanctionsImposedOn")


def test_sanctions_on_a_target_that_took_effect_or_remain_in_force_were_imposed():
    got = facts("The European Union's sanctions against Belarus took effect on Monday. U.N. sanctions on the "
                "Taliban came into force on Sunday.")
    assert ("European Union", "sanctionsImposedOn", "Belarus") in got
    assert any(p == "sanctionsImposedOn" and o == "Taliban" for s, p, o in got)


def test_sanctions_that_will_or_did_not_take_effect_and_talks_that_took_place_impose_nothing():
    for body in ("The European Union's sanctions against Belarus will take effect on Monday.",
                 "The European Union's sanctions against Belarus did not take effect.",
                 "Talks on sanctions against Belarus took place in Brussels."):
        assert not any(p == "sanctionsImposedOn" for s, p, o in facts(body)), body


def test_a_long_participle_parenthetical_after_the_subject_is_read_through():
    got = facts("In March the U.S. Treasury, acting under a law Congress passed in 2017 precisely to stop the "
                "president easing penalties on Moscow on his own, sanctioned 19 people for election interference, "
                "among them the Varna Research Agency, the St Petersburg \"troll factory\", and its alleged "
                "financier, Ivo Tal, a restaurateur.")
    imposed = {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    assert {("U.S. Treasury Department", "19 people"), ("U.S. Treasury Department", "Varna Research Agency"),
            ("U.S. Treasury Department", "Ivo Tal")} <= imposed
    assert not any(o == "St Petersburg" for s, o in imposed)  # a name that describes the "troll factory"
    assert not any(p == "sanctionsLiftedOn" for s, p, o in got)  # "to stop the president easing" lifts nothing


def test_measures_announced_by_a_body_with_its_short_name_in_brackets_target_the_list_after_them():
    got = facts("The U.S. State Department imposed sanctions on Turkey. The measures, announced under a 2017 law "
                "(CAATSA), also target three officials — Ivo Tal, Bram Dorn and Kees Vell.")
    assert {"Ivo Tal", "Bram Dorn", "Kees Vell"} <= {o for s, p, o in got if p == "sanctionsImposedOn"}


def test_sanctions_that_had_crippled_a_countrys_economy_were_lifted_on_that_country_by_both_parties():
    got = facts("Hours after the United States and the European Union lifted sanctions that had crippled Iran's "
                "economy, the prisoners landed in Geneva.")
    assert {("United States", "Iran"), ("European Union", "Iran")} <= {
        (s, o) for s, p, o in got if p == "sanctionsLiftedOn"}


def test_sanctions_that_crippled_nobody_named_lift_nothing_named():
    got = facts("The United States lifted sanctions that had crippled the economy.")
    assert not any(p == "sanctionsLiftedOn" for s, p, o in got)


def test_the_government_that_sanctions_is_the_articles_sanctioning_country_not_the_country_named_last():
    got = facts("Britain imposed sanctions on 22 people accused of corruption. Ivo Tal is accused of profiting from "
                "graft in South Sudan. The government sanctioned 25 other Russians last July.")
    assert ("United Kingdom", "sanctionsImposedOn", "25 other Russians") in got
    assert not any(s == "South Sudan" for s, p, o in got if p == "sanctionsImposedOn")


def test_an_administration_that_waived_sanctions_on_named_targets_lifted_them():
    got = facts("The United States imposed sanctions on Gazprom in 2020. In May 2021 the administration waived "
                "sanctions on Nord Stream 2 AG and on Ivo Tal, a former intelligence officer.")
    assert {o for s, p, o in got if p == "sanctionsLiftedOn"} == {"Nord Stream 2 AG", "Ivo Tal"}


def test_names_along_with_the_first_one_added_to_a_sanctions_list_are_added_too():
    got = facts("In March 2011 the Security Council added Ivo Tal to its sanctions list along with Bram Dorn; "
                "Kees Vell, secretary-general of his presidency; and Anna Roth, a close adviser.")
    assert {"Ivo Tal", "Bram Dorn", "Kees Vell", "Anna Roth"} <= {o for s, p, o in got if p == "sanctionsImposedOn"}


def test_licences_rescinded_designations_and_retaliatory_bans_are_relief_and_measures():
    got = facts("The U.S. Treasury issued a general licence to Chevron allowing it to pump oil in Venezuela. "
                "Washington rescinded the designation of Ivo Tal. Moscow retaliated with a ban on food imports from "
                "the European Union. Russia responded by banning Lars Ekberg from entering the country.")
    lifted = {o for s, p, o in got if p == "sanctionsLiftedOn"}
    imposed = {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    assert {"Chevron", "Ivo Tal"} <= lifted
    assert {("Russia", "European Union"), ("Russia", "Lars Ekberg")} <= imposed


def test_a_mining_licence_a_refused_rescission_and_a_threatened_retaliation_are_nothing():
    got = facts("Kenya granted a mining licence to Rio Tinto. Canada refused to rescind the designation of Ivo Tal. "
                "Russia threatened to retaliate with a ban on imports from Finland.")
    assert not any(p in ("sanctionsLiftedOn", "sanctionsImposedOn") for s, p, o in got)


def test_one_of_a_group_sanctioned_by_a_country_and_the_names_alongside_were_sanctioned_by_it():
    got = facts("Ivo Tal is one of seven oligarchs sanctioned by Britain on Thursday, alongside the aluminium tycoon "
                "Bram Dorn; Kees Vell, chief executive of Varo Holdings; and Anna Roth, head of Selka Bank.")
    assert {o for s, p, o in got if p == "sanctionsImposedOn" and s == "United Kingdom"} >= {
        "Ivo Tal", "Bram Dorn", "Kees Vell", "Anna Roth"}
    assert not any(p == "sanctionsImposedOn" for s, p, o in facts("Ivo Tal, who was not sanctioned by Britain, spoke."))


def test_bans_on_trade_with_a_country_are_impositions_on_it_and_a_ban_not_imposed_is_nothing():
    got = facts("Washington banned new American investment in Myanmar in 1997. Switzerland also banned transactions "
                "with Gazprom. Britain banned exports of aviation fuel to Myanmar.")
    assert {("United States", "Myanmar"), ("Switzerland", "Gazprom"), ("United Kingdom", "Myanmar")} <= {
        (s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    assert not any(p == "sanctionsImposedOn" for s, p, o in facts("Russia did not ban imports from Finland."))


def test_sanctions_banning_trade_with_a_country_fall_on_it_unless_nobody_imposed_them():
    got = facts("U.N. sanctions banning the purchase of rough diamonds from Liberia came into force on Monday. "
                "The European Union adopted sanctions banning imports of oil from Syria.")
    imposed = {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    assert ("European Union", "Syria") in imposed and any(o == "Liberia" for s, o in imposed)
    assert not any(p == "sanctionsImposedOn" for s, p, o in facts(
        "The European Union rejected sanctions banning imports of oil from Syria."))


def test_entry_bans_are_impositions_but_a_domestic_ban_on_a_party_is_no_sanction():
    got = facts("France announced entry bans on 18 Saudi citizens days later.")
    assert ("France", "sanctionsImposedOn", "18 Saudi citizens") in got
    got = facts("Nine days earlier President F.W. de Klerk lifted the 30-year ban on the ANC.")
    assert not any(p in ("sanctionsLiftedOn", "sanctionsImposedOn") for s, p, o in got)


def test_a_lifted_trade_ban_is_relief_but_a_ban_with_no_trade_near_is_not():
    got = facts("Ottawa was fully lifting its ban on sales of patrol boats to Peru, officials said.")
    assert ("Canada", "sanctionsLiftedOn", "Peru") in got
    got = facts("The court lifted its ban on the Peru Free Party on Tuesday.")
    assert not any(p == "sanctionsLiftedOn" for s, p, o in got)


def test_relief_of_a_measure_in_force_before_also_tells_who_imposed_it():
    got = facts("Norway eased a range of trade sanctions against Belarus that had been in force since 2011.")
    assert {("Norway", "sanctionsLiftedOn", "Belarus"), ("Norway", "sanctionsImposedOn", "Belarus")} <= got
    got = facts("Seoul lifted export restrictions on Japan in May, a measure it had imposed in 2019.")
    assert ("South Korea", "sanctionsImposedOn", "Japan") in got
    # a counted group was designated piecemeal: the relief alone
    got = facts("Norway eased sanctions on more than 400 Peruvian firms that had been in place since 2011.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)
    # the measure's own past is not told: the relief alone
    got = facts("Norway eased trade sanctions against Belarus on Friday.")
    assert ("Norway", "sanctionsLiftedOn", "Belarus") in got and not any(p == "sanctionsImposedOn" for s, p, o in got)
    # a leader who lifts the measure did not impose it: the state did
    got = facts("President Joe Biden lifted sanctions on Belarus that had been in place since 2006.",
                dateline="October 4, 2022")
    assert ("United States", "sanctionsImposedOn", "Belarus") in got and not any(
        s == "Joe Biden" and p == "sanctionsImposedOn" for s, p, o in got)


def test_a_counted_group_named_as_a_list_later_is_its_members_for_every_party_that_sanctions_it():
    got = facts("Norway on Monday imposed sanctions on three Peruvian army officers. The government named the officers "
                "as General Tomas Quiroga, head of the air command; Colonel Ana Saldivar; and Major Luis Benavente. "
                "Denmark announced asset freezes on the same three men on Tuesday.")
    sanctioned = {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    for party in ("Norway", "Denmark"):
        assert {(party, "Tomas Quiroga"), (party, "Ana Saldivar"), (party, "Luis Benavente")} <= sanctioned, party
    assert not any(o == "three Peruvian army officers" for s, o in sanctioned)
    got = facts("Norway imposed sanctions on three Peruvian army officers. They were named as General Tomas Quiroga, "
                "Colonel Ana Saldivar and Major Luis Benavente.")
    assert ("Norway", "sanctionsImposedOn", "Ana Saldivar") in got
    # "the same three men" with no list of them: nobody the article names
    got = facts("Norway imposed sanctions on three Peruvian army officers. Denmark froze the assets of the same three "
                "men.")
    assert not any(s == "Denmark" for s, p, o in got if p == "sanctionsImposedOn" and o != "three Peruvian army officers")


def test_sanctions_on_a_countrys_economy_fall_on_the_country_not_on_the_name_of_the_next_clause():
    got = facts("Norway has imposed sweeping sanctions on Peru's economy since Joe Biden left the talks.")
    assert ("Norway", "sanctionsImposedOn", "Peru") in got
    assert not any(o == "Joe Biden" for s, p, o in got if p == "sanctionsImposedOn")
    got = facts("Norway imposed sanctions on Peru's banks and energy sector on Monday.")
    assert ("Norway", "sanctionsImposedOn", "Peru") in got
    # a person of the country is no part of its economy
    assert not any(p == "released" for s, p, o in facts("Norway freed Peru's prisoners on Monday."))


def test_a_counted_group_of_members_keeps_the_body_they_belong_to():
    got = facts("On Tuesday, Norway blacklisted 120 members of Peru's national congress who had backed the decree.")
    assert ("Norway", "sanctionsImposedOn", "120 members of Peru's national congress") in got
    got = facts("Norway imposed sanctions on Peruvian President Tomas Vek and 12 members of his inner circle.")
    assert ("Norway", "sanctionsImposedOn", "12 members of his inner circle") in got


def test_list_members_after_a_role_set_off_by_a_comma_are_sanctioned():
    got = facts("Norway sanctioned Tomas Vek, along with the defence minister, Ana Saldivar, and the chief of the "
                "general staff, Luis Benavente, on Monday.")
    assert {("Norway", o) for o in ("Tomas Vek", "Ana Saldivar", "Luis Benavente")} <= {
        (s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    got = facts("Norway blacklisted six officers of Peru's army, among them the navy commander, Rear Adm. Tomas Vek; "
                "the head of the army's air wing, Brig. Gen. Ana Saldivar, whose unit Lima says downed the plane; "
                "and the border commander, Maj. Gen. Luis Benavente.")
    assert {("Norway", o) for o in ("Tomas Vek", "Ana Saldivar", "Luis Benavente")} <= {
        (s, o) for s, p, o in got if p == "sanctionsImposedOn"}


def test_a_second_of_phrase_a_list_with_ages_and_brothers_sharing_a_surname_are_all_sanctioned():
    got = facts("Norway on Tuesday froze the assets of two Peruvian banks, including Banco Andino, and of three "
                "businessmen: Tomas Quiroga, 61, and the brothers Ivan and Pedro Salcedo, long close to the president.")
    sanctioned = {o for s, p, o in got if s == "Norway" and p == "sanctionsImposedOn"}
    assert {"Tomas Quiroga", "Ivan Salcedo", "Pedro Salcedo"} <= sanctioned


def test_along_with_people_the_article_does_not_name_and_a_role_before_a_name():
    got = facts("Norway blacklisted 40 members of Peru's congress, along with senior army officers and the editor of "
                "the state broadcaster, Ana Saldivar.")
    assert ("Norway", "sanctionsImposedOn", "Ana Saldivar") in got


def test_measures_on_a_nations_goods_fall_on_the_country():
    got = facts("In May, Ottawa scrapped its punitive tariffs on Peruvian copper exports. Norway imposed trade "
                "sanctions on a range of Chilean goods, including wine and fruit, in 2020.")
    assert ("Canada", "sanctionsLiftedOn", "Peru") in got
    assert ("Norway", "sanctionsImposedOn", "Chile") in got
    # no measure: a nationality before goods is no party
    assert not any(o == "Chile" for s, p, o in facts("Norway praised Chilean wine exports on Monday."))


def test_a_hyphenated_phrase_with_no_name_does_not_hide_the_target_after_it():
    got = facts("Oslo lifted export restrictions on three key chip-making chemicals to Peru in March.")
    assert ("Norway", "sanctionsLiftedOn", "Peru") in got


def test_given_names_listed_before_a_full_name_share_its_surname():
    got = facts("Norway imposed sanctions on Tomas Quiroga. The list also includes Ivan, Pedro and Luis Salcedo, "
                "businessmen accused of bribery.")
    sanctioned = {o for s, p, o in got if p == "sanctionsImposedOn"}
    assert {"Ivan Salcedo", "Pedro Salcedo", "Luis Salcedo"} <= sanctioned
    assert "Ivan" not in sanctioned


def test_relative_clauses_tell_who_imposed_the_measure_on_whom():
    got = facts("Officials insisted that the sanctions on Peru, which Norway and the European Union have tightened "
                "steadily since 2015, would stay in effect.")
    assert {("Norway", "Peru"), ("European Union", "Peru")} <= {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    got = facts("The move does not extend to Tomas Quiroga, one of the firm's founders, whom Norway sanctioned in 2023.")
    assert ("Norway", "sanctionsImposedOn", "Tomas Quiroga") in got
    # the relative clause's own modal still rules it
    got = facts("The move covers Tomas Quiroga, whom Norway might sanction later.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)


def test_a_bodys_short_name_in_brackets_before_its_verb_is_the_same_subject():
    got = facts("The ministry's Office of Foreign Assets Control (OFAC) had designated Banco Andino in August 2022.")
    assert ("Office of Foreign Assets Control", "sanctionsImposedOn", "Banco Andino") in got


def test_the_holders_named_before_lifted_sanctions_are_not_their_targets():
    got = facts("Officials then announced that U.N., EU and Norwegian sanctions had been lifted.")
    assert not any(p == "sanctionsLiftedOn" and o in ("United Nations", "European Union", "Norway")
                   for s, p, o in got)
    got = facts("Peru's sanctions were lifted by Norway on Monday.")
    assert ("Norway", "sanctionsLiftedOn", "Peru") in got


def test_a_capitalised_adjective_before_people_is_no_sanctioned_company():
    got = facts("Peru said it was imposing sanctions on 11 Norwegians, including Conservative senators Ola Nordby and "
                "Kari Lund, in retaliation.")
    sanctioned = {o for s, p, o in got if p == "sanctionsImposedOn"}
    assert {"Ola Nordby", "Kari Lund"} <= sanctioned and "Conservative" not in sanctioned


# --- a month's name as a surname --------------------------------------------------------------------------


def test_a_month_after_a_given_name_is_a_surname_but_a_month_before_a_day_is_a_date():
    got = facts("Irish Prime Minister Nora May met Latvian President Tomas Vek in Dublin on Monday.")
    assert ("Nora May", "metWith", "Tomas Vek") in got or ("Tomas Vek", "metWith", "Nora May") in got
    got = facts("Latvian President Tomas Vek met Irish Prime Minister Nora Lind on May 5.")
    assert ("Tomas Vek", "metWith", "Nora Lind") in got or ("Nora Lind", "metWith", "Tomas Vek") in got


# --- releases told the way wire copy tells them ---------------------------------------------------------


def test_a_person_named_after_the_organisation_they_serve_and_their_role_is_the_one_released():
    got = facts("Pakistan on Friday handed over Indian Air Force pilot Ravi Mehta to India at the border crossing.")
    assert ("Pakistan", "released", "Ravi Mehta") in got
    assert not any(o == "Indian Air Force" for _, p, o in got if p == "released")


def test_people_who_arrived_after_being_released_by_a_country_were_released_by_it():
    got = facts("Aid worker Lena Fischer and retired engineer Omar Haddad arrived in London on Thursday after "
                "being released by Iran.")
    assert ("Iran", "released", "Lena Fischer") in got
    assert ("Iran", "released", "Omar Haddad") in got


def test_arriving_after_being_questioned_or_refused_release_asserts_no_release():
    got = facts("Lena Fischer landed in London after being questioned by Iran. Omar Haddad arrived in Paris "
                "after Iran refused to release him.")
    assert not any(p == "released" for _, p, _ in got)


def test_a_trailing_participle_after_a_dateline_and_a_place_tells_who_freed_the_sentences_subject():
    got = facts("TEL AVIV, Oct 18 (Reuters) - Israeli soldier Avi Kaplan returned home on Tuesday after two years "
                "in captivity in the Gaza Strip, freed by the Islamist movement Hamas in a prisoner exchange.")
    assert ("Hamas", "released", "Avi Kaplan") in got


def test_people_told_they_would_be_included_in_a_release_are_not_a_list_of_the_released():
    got = facts("Iran released Lena Fischer on Monday. His family said they had been told Omar Haddad would be "
                "included in the deal.")
    assert ("Iran", "released", "Lena Fischer") in got
    assert not ("Iran", "released", "Omar Haddad") in got



def test_a_country_whose_court_freed_someone_released_them():
    got = facts("Ukraine freed Ivan Sorokin in March. Pavel Gromov was released from custody by a Kyiv court "
                "last month.")
    assert ("Kyiv", "released", "Pavel Gromov") in got or ("Ukraine", "released", "Pavel Gromov") in got


def test_a_court_that_ordered_a_country_to_release_people_asserts_no_release_by_it():
    got = facts("A maritime tribunal in Hamburg had ordered Russia to release Ivan Sorokin in May, but Moscow "
                "refused.")
    assert not any(p == "released" for _, p, _ in got)


def test_in_an_exchange_people_also_freed_were_freed_by_the_side_named_in_the_sentence_before():
    got = facts("Russia and Ukraine exchanged prisoners on Saturday. Ukraine freed Pavel Gromov. Those released by "
                "Russia included Ivan Sorokin. Oleg Demin and Yuri Marchuk were also freed.")
    assert ("Russia", "released", "Oleg Demin") in got
    assert ("Russia", "released", "Yuri Marchuk") in got
    assert not ("Ukraine", "released", "Oleg Demin") in got


# --- meetings ---------------------------------------------------------------------------------------------


def test_a_leader_in_an_apposition_does_not_make_his_country_a_participant_of_the_talks():
    got = facts("Barack Obama, the third US president to visit Vietnam since the war, also held talks with "
                "Prime Minister Nguyen Van Long.")
    assert ("Barack Obama", "metWith", "Nguyen Van Long") in got
    assert not any("United States" in (s, o) for s, p, o in got if p == "metWith")


def test_a_second_meeting_and_his_meeting_with_someone_are_meetings_but_an_upcoming_one_is_not():
    got = facts("The talks came after Kim Jong Un's second meeting with Donald Trump in Hanoi. The White House said "
                "President Barack Obama had been briefed before his meeting with Dmitry Medvedev in June.",
                dateline="March 3, 2019")
    assert ("Kim Jong Un", "metWith", "Donald Trump") in got or ("Donald Trump", "metWith", "Kim Jong Un") in got
    assert any({s, o} == {"Barack Obama", "Dmitry Medvedev"} for s, p, o in got if p == "metWith")
    got = facts("Aides prepared for Kim Jong Un's upcoming meeting with Donald Trump. France and Germany have been "
                "pushing for a new summit, which has not been held since 2016.", dateline="March 3, 2019")
    assert not any(p == "metWith" for _, p, _ in got)


# --- the members of a counted release, named later ---------------------------------------------------------


def test_members_listed_after_a_counted_release_with_a_relative_clause_between_them_were_released():
    got = facts("Thai officials released three Iranians convicted over a bomb plot: Reza Karimi, who lost a leg "
                "when the bomb he carried went off, Ali Navid and Hamid Sadri. They had been transferred to Iran.")
    for name in ("Reza Karimi", "Ali Navid", "Hamid Sadri"):
        assert ("Thailand", "released", name) in got
        assert (name, "releasedTo", "Iran") in got
    assert not any(o == "three Iranians" or s == "three Iranians" for s, _, o in got)


def test_people_identified_as_the_counted_group_that_was_flown_somewhere_went_there():
    got = facts("The Taliban freed Sgt. Dan Miles on Saturday in exchange for three prisoners. The three detainees "
                "were flown from the naval base in Cuba to Qatar. Officials identified them as Omar Sadiq, a former "
                "army chief; Karim Nabil, a onetime minister; and Faisal Amin, a former governor.")
    for name in ("Omar Sadiq", "Karim Nabil", "Faisal Amin"):
        assert (name, "releasedTo", "Qatar") in got


def test_a_list_that_is_not_as_long_as_the_group_names_no_members():
    got = facts("The Taliban freed Sgt. Dan Miles on Saturday in exchange for three prisoners. The three detainees "
                "were flown to Qatar. Officials identified them as Omar Sadiq and Karim Nabil, among others.")
    assert not ("Omar Sadiq", "releasedTo", "Qatar") in got


# --- praise ----------------------------------------------------------------------------------------------


def test_an_infinitive_in_an_apposition_gives_its_country_to_no_verb_after_it():
    got = facts("Nancy Kell, the first U.S. official to visit the island in years, met President Lin Hao in Taipei "
                "and praised Taiwan as a beacon of democracy.")
    assert ("Taiwan", "praisedBy", "Nancy Kell") in got
    assert not any(o == "United States" for _, p, o in got if p == "praisedBy")


def test_a_verb_that_tightened_sanctions_still_shares_its_voter_with_the_participle_after_it():
    got = facts("The European Union voted to tighten sanctions on Iran, freezing the assets of Bank Melli.")
    assert ("European Union", "sanctionsImposedOn", "Iran") in got


def test_praise_after_a_long_first_clause_joined_by_and_is_the_opening_subjects():
    got = facts("President Tran Van Minh welcomed the move as proof that the two former enemies had normalised "
                "their relations, and praised Barack Obama's personal contribution.")
    assert ("Barack Obama", "praisedBy", "Tran Van Minh") in got
    got = facts("President Tran Van Minh said the two sides had normalised their relations, and praised Barack "
                "Obama's personal contribution.")
    assert not ("Barack Obama", "praisedBy", "Tran Van Minh") in got


def test_thanks_are_praise_as_in_cameo_but_not_thanks_refused_or_to_come():
    got = facts("Prime Minister Liz Truss thanked Oman for its help in securing the release.")
    assert ("Oman", "praisedBy", "Liz Truss") in got
    got = facts("Prime Minister Liz Truss did not thank Oman. Liz Truss will thank Qatar on Monday.")
    assert not any(p == "praisedBy" for _, p, _ in got)


def test_a_call_by_telephone_on_a_weekday_with_a_titled_leader_is_a_call_between_them():
    got = facts("President Barack Obama spoke by telephone Friday with Iran's new president, Hassan Rouhani, "
                "the first conversation in decades.", dateline="September 27, 2013")
    assert any({s, o} == {"Barack Obama", "Hassan Rouhani"} for s, p, o in got if p == "metWith")


def test_the_speaker_met_whom_they_saw_before_speaking_but_not_whom_they_will_see():
    got = facts("Nancy Kell, speaking in Tokyo on Friday after meeting Prime Minister Kenji Sato, said the "
                "alliance was strong.")
    assert any({s, o} == {"Nancy Kell", "Kenji Sato"} for s, p, o in got if p == "metWith")
    got = facts("Nancy Kell will fly home after meeting Kenji Sato. Nancy Kell said she hoped to visit Seoul "
                "after meeting Kenji Sato.")
    assert not any(p == "metWith" for _, p, _ in got)


def test_summits_between_two_leaders_recalled_are_meetings_but_planned_ones_are_not():
    got = facts("The host recalled the summits between George Bush and Mikhail Gorbachev in 1990.")
    assert any({s, o} == {"George Bush", "Mikhail Gorbachev"} for s, p, o in got if p == "metWith")
    got = facts("Officials said the proposed summits between Moon Jae-in and Kim Jong Un would ease tension. Aides "
                "discussed the upcoming summits between Moon Jae-in and Kim Jong Un.", dateline="March 3, 2018")
    assert not any(p == "metWith" for _, p, _ in got)


def test_two_sides_that_exchanged_a_counted_group_each_released_it_but_a_refused_swap_frees_nobody():
    got = facts("Russia and Ukraine exchanged 35 prisoners each on Saturday.")
    assert ("Russia", "released", "35 prisoners") in got
    assert ("Ukraine", "released", "35 prisoners") in got
    got = facts("Russia and Ukraine refused to exchange 35 prisoners. The two sides swapped accusations.")
    assert not any(p == "released" for _, p, _ in got)


def test_people_named_after_those_sent_or_returning_somewhere_went_there():
    got = facts("Ukraine freed Pavel Gromov on Saturday. The most controversial figure sent to Russia was Oleg Demin, "
                "a former commander.")
    assert ("Oleg Demin", "releasedTo", "Russia") in got
    assert ("Ukraine", "released", "Oleg Demin") in got
    got = facts("Israel freed 477 Palestinians on Tuesday. Among those returning to Gaza was Omar Khalil, a founder "
                "of the group.")
    assert ("Omar Khalil", "releasedTo", "Gaza") in got


def test_people_returning_somewhere_in_an_article_with_no_release_went_nowhere_as_prisoners():
    got = facts("Ministers met in Paris. Among those returning to Gaza was Omar Khalil, a founder of the group.")
    assert not any(p in ("released", "releasedTo") for _, p, _ in got)


def test_a_clause_subject_before_and_met_is_the_one_who_met():
    got = facts("Diplomats noted that Seoul had been told in advance: Kim Jong-il had made a visit to Beijing in "
                "May, his first trip abroad in years, and met President Jiang Zemin there.", dateline="June 20, 2000")
    assert any({s, o} == {"Kim Jong-il", "Jiang Zemin"} for s, p, o in got if p == "metWith")
    got = facts("Kim Jong-il said the talks had gone well, and met President Jiang Zemin later.",
                dateline="June 20, 2000")
    assert not any(p == "metWith" and "Kim Jong-il" not in (s, o) for s, p, o in got)


def test_a_joint_news_conference_or_standing_beside_someone_is_a_meeting_with_the_speaker():
    got = facts("Speaking at a joint press conference with President Tran Van Minh in Hanoi, Barack Obama said the "
                "decision was not about China.")
    assert any({s, o} == {"Barack Obama", "Tran Van Minh"} for s, p, o in got if p == "metWith")
    got = facts("Barack Obama and Tran Van Minh said a joint news conference with Lee Kuan would follow.")
    assert not any("Lee Kuan" in (s, o) for s, p, o in got if p == "metWith")


def test_the_government_of_a_titled_leader_that_freed_prisoners_is_the_leaders_country():
    got = facts("Washington began easing sanctions after the government of President Thein Sein freed hundreds of "
                "political prisoners.", dateline="October 7, 2012")
    assert ("Myanmar", "released", "hundreds of political prisoners") in got
    assert not ("Thein Sein", "released", "hundreds of political prisoners") in got


# --- releases on unseen wire copy (issue 11, devset-g and devset-h) ----------------------------------------


def test_a_party_placed_in_a_country_frees_people_but_the_country_does_not():
    got = facts("Rebels in northern Mali freed the French aid worker Sophie Durand on Monday.")
    assert {(s, o) for s, p, o in got if p == "released"} == {("rebels", "Sophie Durand")}  # the band, not Mali
    got = facts("Syria and its allied militias in northern Lebanon freed Karl Jansen and Mark Obi on Monday.")
    assert {("Syria", "released", "Karl Jansen"), ("Syria", "released", "Mark Obi")} <= got
    assert not any(s == "Lebanon" for s, p, _ in got if p == "released")
    # officials in a capital are its government
    assert ("Belarus", "released", "Ales Karpenka") in facts("Officials in Minsk freed the activist Ales Karpenka.")


def test_a_counted_group_of_two_kinds_of_people_is_one_group():
    assert ("Iran", "released", "40 soldiers and civilians") in facts("Iran freed 40 soldiers and civilians on Friday.")


def test_a_middle_initial_stays_inside_a_persons_name():
    got = facts("Hezbollah freed Walter K. Brandt and Thomas M. Osei on Tuesday.")
    assert {("Hezbollah", "released", "Walter K. Brandt"), ("Hezbollah", "released", "Thomas M. Osei")} <= got


def test_an_organisations_name_starts_after_the_the_that_follows_a_time():
    got = facts("On Monday the Revolutionary Justice Front freed Walter K. Brandt, a teacher.")
    assert ("Revolutionary Justice Front", "released", "Walter K. Brandt") in got


def test_a_hostages_captors_are_named_never_implied_by_a_country_or_its_other_releases():
    got = facts("Anna Berg, a Dutch nurse, was kidnapped in northern Niger in 2019. Niger's government freed 30 "
                "prisoners last month. Berg was freed on Sunday.")
    assert ("Niger", "released", "30 prisoners") in got
    assert not ("Niger", "released", "Anna Berg") in got
    got = facts("Anna Berg, a Dutch nurse, was kidnapped in northern Niger in 2019. Berg, who had been held by the "
                "Taliban for two years, was freed on Sunday.")
    assert ("Taliban", "released", "Anna Berg") in got
    # a hostage held by a country named in the sentence was freed by it
    got = facts("Iran freed 15 British sailors on Wednesday. Karl Jansen, a Danish sailor held hostage by Iran since "
                "March, was freed on Thursday.")
    assert ("Iran", "released", "Karl Jansen") in got
    # a prisoner, not a hostage: the country that jailed her, which frees prisoners, freed her
    got = facts("Iran freed 30 prisoners last month. Anna Berg, a Dutch nurse jailed in Iran in 2019, was freed on Sunday.")
    assert ("Iran", "released", "Anna Berg") in got


def test_people_freed_together_with_the_first_share_the_release_and_its_agent_after_the_list():
    got = facts("Anna Berg was freed on Thursday together with the opposition leader Karl Jansen and a priest, "
                "Mark Obi, by the Group to Support Islam and Muslims (JNIM), the main alliance in the region.")
    freed = {o for s, p, o in got if p == "released" and s == "Jama'at Nusrat al-Islam wal-Muslimin"}
    assert freed == {"Anna Berg", "Karl Jansen", "Mark Obi"}


def test_armed_groups_that_take_hostages_are_known_by_their_names_and_initials():
    got = facts("Karl Jansen was freed by Al-Qaeda in the Islamic Maghreb (AQIM) in northern Mali.")
    assert ("Al-Qaeda in the Islamic Maghreb", "released", "Karl Jansen") in got
    got = facts("The Nusra Front freed Karl Jansen on Monday.")
    assert ("Nusra Front", "released", "Karl Jansen") in got


def test_the_holder_of_a_role_at_a_named_outlet_is_released_not_the_outlet():
    got = facts("Myanmar's junta jailed him in May. The editor of Frontier Weekly was handed over to the US envoy "
                "Bill Richardson on Monday.")
    assert not any(o == "Frontier Weekly" for _, p, o in got if p == "released")


def test_the_country_a_released_person_returns_or_flies_to_did_not_release_them():
    got = facts("Iran freed Michael White on Thursday. Days earlier, the United States had deported Karim Nasseri, "
                "a scientist; he was released and returned to Tehran on Wednesday.")
    assert ("Karim Nasseri", "releasedTo", "Tehran") in got
    assert not ("Iran", "released", "Karim Nasseri") in got
    got = facts("Iran freed Michael White on Thursday. In return, prosecutors dropped the case against Majid "
                "Tahmasbi, and he was released and allowed to fly to Iran.")
    assert ("Majid Tahmasbi", "releasedTo", "Iran") in got
    assert not ("Iran", "released", "Majid Tahmasbi") in got


def test_the_side_that_secured_a_release_in_exchange_for_someone_freed_them():
    got = facts("Ukraine secured the release of 40 soldiers held by Russia in exchange for Oleg Petrov, a businessman.")
    assert {("Russia", "released", "40 soldiers"), ("Ukraine", "released", "Oleg Petrov")} <= got
    got = facts("Russia freed 40 Ukrainian soldiers in exchange for Oleg Petrov, a businessman.")
    assert not any(o == "Oleg Petrov" for _, p, o in got if p == "released")


def test_a_count_repeated_a_few_sentences_later_is_the_group_freed_and_its_named_members_go_with_it():
    got = facts("Russia freed 10 foreign fighters on Monday. They included five Britons – Karl Jansen, Mark Holm, Peter "
                "Lund, Erik Berg and Jens Dahl. A court had sentenced some of them to death in June. Their families "
                "had campaigned for months. The 10 were flown to Riyadh on a Saudi plane.")
    assert {("10 foreign fighters", "releasedTo", "Riyadh"), ("Karl Jansen", "releasedTo", "Riyadh"),
            ("Jens Dahl", "releasedTo", "Riyadh")} <= got
    assert not any(s == "five Britons" for s, p, _ in got if p == "releasedTo")


def test_the_custody_the_sentence_before_names_freed_people_released_with_no_one_named():
    got = facts("Two Danish sailors jailed for smuggling left Tehran's Evin prison on Wednesday. Karl Jansen and Mark "
                "Holm, both 29, were released on bail.")
    assert {("Iran", "released", "Karl Jansen"), ("Iran", "released", "Mark Holm")} <= got
    got = facts("Two Danish sailors were questioned in Tehran on Wednesday. Karl Jansen and Mark Holm, both 29, were "
                "released on bail.")
    assert not any(p == "released" for _, p, _ in got)


def test_the_four_with_no_noun_are_the_last_four_people_freed_and_each_leg_of_a_journey_keeps_its_people():
    got = facts("Anna Berg was freed on Thursday together with Karl Jansen and two Italians, Marco Rossi and Luca "
                "Bianchi, by Ansar Dine. The four were flown that evening to the capital Bamako. Berg landed at an "
                "airbase outside Paris on Friday.")
    assert {(p_, "releasedTo", "Bamako") for p_ in ("Anna Berg", "Karl Jansen", "Marco Rossi", "Luca Bianchi")} <= got
    assert ("Anna Berg", "releasedTo", "Paris") in got
    assert not any(s in ("Karl Jansen", "Marco Rossi", "Luca Bianchi") and o == "Paris" for s, p, o in got)


def test_an_amnesty_for_prisoners_told_beside_a_release_frees_them_by_the_same_party():
    got = facts("The junta freed the economist Karl Jansen on Thursday. Myanmar's military government freed Mark Holm "
                "as part of an amnesty for 5,774 prisoners announced to mark a national holiday.")
    assert ("Myanmar", "released", "5,774 prisoners") in got


def test_a_person_named_after_an_indefinite_description_in_a_list_of_people_freed_was_freed():
    got = facts("Myanmar freed the economist Sean Turnell and an American citizen, Kyaw Htay Oo, on Thursday.")
    assert {("Myanmar", "released", "Sean Turnell"), ("Myanmar", "released", "Kyaw Htay Oo")} <= got
    # the name of someone who speaks of the release was not freed
    got = facts("Iran freed a British national, Karl Jansen told reporters.")
    assert not any(p == "released" for _, p, _ in got)


def test_a_released_person_driven_somewhere_and_put_on_a_flight_goes_where_the_flight_goes():
    got = facts("Myanmar freed Sean Turnell on Thursday. Turnell, 58, was driven from Yangon's Insein prison to the "
                "airport and put on a flight to Bangkok in the afternoon.")
    assert ("Sean Turnell", "releasedTo", "Bangkok") in got
    # someone the article never says was freed goes nowhere as a prisoner
    got = facts("The envoy was driven to the airport and put on a flight to Bangkok.")
    assert not any(p == "releasedTo" for _, p, _ in got)


def test_the_group_that_opens_the_next_sentence_is_the_counted_group_freed():
    got = facts("Iran freed 15 British sailors on Wednesday. The group, who were seized in March, flew out of Tehran "
                "on Thursday and landed at London's Heathrow airport.")
    assert ("15 British sailors", "releasedTo", "London") in got
    # a group no count told before: nobody went anywhere
    got = facts("Iran freed Karl Jansen on Wednesday. The group landed at London's Heathrow airport.")
    assert not any(s != "Karl Jansen" for s, p, _ in got if p == "releasedTo")


def test_the_five_who_were_flown_out_stay_the_group_freed_and_a_later_group_of_five_is_another():
    got = facts("Iran released five Americans on Monday, officials said. The five were flown out of Tehran and landed "
                "in Doha. In return, the United States granted clemency to five Iranian nationals, most of whom had "
                "been charged with violating sanctions.")
    assert {("five Americans", "releasedTo", "Doha"), ("United States", "released", "five Iranian nationals")} <= got


def test_a_released_person_flown_from_one_city_to_another_goes_to_the_second_written_without_accents():
    got = facts("Iran released Xiyue Wang on Saturday. Wang, 38, was flown from Tehran to Zurich aboard a Swiss plane.")
    assert ("Xiyue Wang", "releasedTo", "Zürich") in got
    assert not ("Xiyue Wang", "releasedTo", "Tehran") in got


def test_capitalised_words_that_describe_captors_are_no_ones_name():
    got = facts("Walter K. Brandt was freed by his Shiite Muslim kidnappers on Tuesday.")
    assert not any(p == "released" for _, p, _ in got)


def test_addressing_someone_with_words_of_praise_praises_them_but_not_with_words_of_scorn():
    got = facts('At a news conference, Recep Tayyip Erdogan addressed Vladimir Putin as "my dear friend" four times.')
    assert ("Vladimir Putin", "praisedBy", "Recep Tayyip Erdoğan") in got
    got = facts('Recep Tayyip Erdogan addressed Vladimir Putin as "no friend of ours".')
    assert not any(p == "praisedBy" for _, p, _ in got)


# --- "he" and "she" by salience -------------------------------------------------------------------------


def test_he_after_a_quotation_is_its_speaker_not_a_person_named_inside_it():
    got = facts('"They held Anna Berg to win the release of Omar Haddad," Prime Minister Liz Truss said on '
                'Monday. He thanked Qatar for its help.')
    assert ("Qatar", "praisedBy", "Liz Truss") in got
    assert not any(p == "praisedBy" and o in ("Omar Haddad", "Anna Berg") for _, p, o in got)


def test_he_is_the_speaker_not_a_room_the_speaker_stood_in():
    got = facts("Speaking from the Oval Room, President Joe Biden said the policy had failed. He praised Qatar "
                "for its mediation.")
    assert ("Qatar", "praisedBy", "Joe Biden") in got
    assert not any(o == "Oval Room" for _, _, o in got)


def test_gratitude_to_someone_is_thanks_but_not_when_denied_or_hypothetical():
    got = facts("Prime Minister Liz Truss said she was grateful to Qatar for its help.")
    assert ("Qatar", "praisedBy", "Liz Truss") in got
    got = facts("Prime Minister Liz Truss said she was not grateful to Qatar. Liz Truss would be grateful to Oman "
                "if it helped.")
    assert not any(p == "praisedBy" for _, p, _ in got)


def test_a_verb_after_and_that_ends_a_reported_clause_is_the_reporters():
    got = facts("President Joe Biden said the talks would be remembered as historic and thanked Qatar for its "
                "mediation.")
    assert ("Qatar", "praisedBy", "Joe Biden") in got
    got = facts("President Joe Biden said Anna Berg, who was freed in March, had landed and later thanked Qatar.")
    assert ("Qatar", "praisedBy", "Joe Biden") not in got


def test_he_again_in_the_same_sentence_is_the_same_person_not_the_one_named_between():
    got = facts("Prime Minister Liz Truss flew to Europe. In Brussels on Monday she met President Joe Biden on the "
                "sidelines of a summit, and on Tuesday, after arriving in Geneva, she held talks with Chancellor "
                "Olaf Scholz.")
    met = {frozenset((s, o)) for s, p, o in got if p == "metWith"}
    assert frozenset(("Liz Truss", "Olaf Scholz")) in met
    assert frozenset(("Joe Biden", "Olaf Scholz")) not in met


def test_thanking_after_an_attribution_is_the_speakers_not_a_place_of_the_clause_before():
    got = facts("Anna Berg, 33, was then flown to Britain, Prime Minister Liz Truss said in a statement, thanking "
                "Qatar for its help.")
    assert ("Qatar", "praisedBy", "Liz Truss") in got
    assert ("Qatar", "praisedBy", "United Kingdom") not in got


def test_the_people_who_did_something_are_a_new_set_not_the_group_told_before():
    got = facts("Iran freed two Americans on Monday. \"It has been a long year,\" Prime Minister Liz Truss told "
                "reporters, thanking the people who had prayed for them.")
    assert not any(p == "praisedBy" and "Americans" in s for s, p, _ in got)


def test_her_as_an_object_is_the_last_woman_the_article_called_she_and_nobody_else():
    got = facts("Prime Minister Liz Truss flew to Doha. She met Emir Tamim bin Hamad Al Thani on Monday. President "
                "Joe Biden said he had spoken to her by phone. He praised her as a strong leader.")
    assert ("Liz Truss", "praisedBy", "Joe Biden") in got
    got = facts("Emir Tamim bin Hamad Al Thani flew to Doha. President Joe Biden praised her as a strong leader.")
    assert not any(p == "praisedBy" for _, p, _ in got)


# --- sanctions: names, lists and measures in wire copy ----------------------------------------------------------


def test_a_middle_or_opening_initial_stays_inside_a_persons_name():
    got = facts("President George W. Bush on Saturday lifted the sanctions imposed on Nepal. The two officials "
                "barred from the country are Attorney General Marta B. Kowalczyk and R. Dean Hollister, a former "
                "envoy.", dateline="September 22, 2001")
    assert ("George W. Bush", "sanctionsLiftedOn", "Nepal") in got
    assert not any(o in ("Marta B", "Dean Hollister") or s == "Marta B" for s, _, o in got)


def test_a_measure_of_the_acting_party_is_not_aimed_at_its_own_state():
    got = facts("President George W. Bush on Friday suspended most U.S. trade sanctions on Nepal.",
                dateline="May 9, 2003")
    assert ("George W. Bush", "sanctionsLiftedOn", "Nepal") in got
    assert not any(o == "United States" for s, p, o in got if p.startswith("sanctions"))


def test_lifting_the_sanctions_a_party_imposed_tells_both_the_relief_and_the_imposition():
    got = facts("President Anna Berg on Wednesday lifted most of the economic sanctions Norway imposed on Fiji five "
                "years ago.")
    assert ("Anna Berg", "sanctionsLiftedOn", "Fiji") in got
    assert ("Norway", "sanctionsImposedOn", "Fiji") in got
    assert not any(o == "Norway" for s, p, o in got if p.startswith("sanctions"))  # "sanctions Norway" is no verb


def test_lifting_sanctions_imposed_on_a_country_tells_the_lifting_partys_own_earlier_measure():
    got = facts("Canada on Saturday lifted the sanctions imposed on Fiji and Tonga after their 2019 elections.")
    assert {("Canada", "sanctionsImposedOn", "Fiji"), ("Canada", "sanctionsImposedOn", "Tonga"),
            ("Canada", "sanctionsLiftedOn", "Fiji")} <= got
    got = facts("Canada on Saturday lifted the sanctions imposed on Fiji by the United Nations.")
    assert ("Canada", "sanctionsImposedOn", "Fiji") not in got


def test_designees_on_lines_that_open_with_a_dash_after_a_colon_are_targets():
    got = facts("The European Union on Monday imposed sanctions on four Russian officers.\n\n"
                "The four Russians named are:\n\n"
                "- Pavel Orlov, 57, head of the agency;\n"
                "- Denis Sokolov, 39, an officer who travelled to Britain;\n"
                "\u2014 Oleg Vasin, 40, a colonel.\n\n"
                "Moscow denied any involvement.")
    assert {("European Union", "sanctionsImposedOn", n) for n in ("Pavel Orlov", "Denis Sokolov", "Oleg Vasin")} <= got


def test_the_others_named_after_a_designation_are_designated_too_but_not_after_a_release():
    got = facts("The Treasury on Thursday froze the assets of a former dictator and his family. Dan Keller, 44, a "
                "mining investor, was blacklisted over corrupt deals. The others included Pavel Orlov and "
                "Denis Sokolov.")
    assert {("U.S. Treasury Department", "sanctionsImposedOn", n) for n in ("Dan Keller", "Pavel Orlov",
                                                                  "Denis Sokolov")} <= got
    got = facts("Britain imposed sanctions on Iran last year. Iran on Thursday freed 15 British sailors. The "
                "others included Pavel Orlov and Denis Sokolov.")
    assert not any(o in ("Pavel Orlov", "Denis Sokolov") for s, p, o in got if p == "sanctionsImposedOn")


def test_the_people_named_after_their_country_and_role_are_the_targets_not_the_country_or_their_party():
    got = facts("China on Monday announced sanctions against U.S. senators Tom Keller and Ann Rowe.")
    assert {("China", "sanctionsImposedOn", "Tom Keller"), ("China", "sanctionsImposedOn", "Ann Rowe")} <= got
    assert ("China", "sanctionsImposedOn", "United States") not in got
    got = facts("Britain on Thursday imposed sanctions on Wang Lihua, the Communist Party chief of the province, "
                "and Zhu Min.")
    assert {("United Kingdom", "sanctionsImposedOn", "Wang Lihua"), ("United Kingdom", "sanctionsImposedOn", "Zhu Min")} <= got
    assert not any(o == "Communist Party" for _, p, o in got if p == "sanctionsImposedOn")


def test_a_counted_group_of_targets_named_in_the_next_sentence_gives_way_to_its_members():
    got = facts("The United States on Thursday imposed sanctions on four judges of the International Criminal "
                "Court. The four are Ann Bossa of Uganda, Luz Carranza of Peru, Reine Gansou of Benin and Beti "
                "Hohler of Slovenia.")
    assert {("United States", "sanctionsImposedOn", n) for n in ("Ann Bossa", "Luz Carranza", "Reine Gansou",
                                                                  "Beti Hohler")} <= got
    assert not any(o in ("Uganda", "Peru", "Benin", "Slovenia") for _, p, o in got if p == "sanctionsImposedOn")


def test_counted_people_of_a_country_named_in_an_apposition_are_the_targets_not_the_country():
    got = facts("Canada has imposed sanctions on two former presidents of Sri Lanka, the brothers Arun Perera and "
                "Nimal Perera, over the civil war.")
    assert {("Canada", "sanctionsImposedOn", "Arun Perera"), ("Canada", "sanctionsImposedOn", "Nimal Perera")} <= got
    assert ("Canada", "sanctionsImposedOn", "Sri Lanka") not in got


def test_states_that_no_longer_exist_and_the_european_community_are_named_parties():
    got = facts("The Security Council today suspended the trade sanctions it imposed on the Federal Republic of "
                "Yugoslavia. The Soviet Union imposed an embargo on Iraq.", dateline="November 22, 1995")
    assert {("United Nations Security Council", "sanctionsLiftedOn", "Yugoslavia"),
            ("Soviet Union", "sanctionsImposedOn", "Iraq")} <= got
    assert not any(o in ("Federal Republic", "Montenegro") for _, _, o in got)


def test_a_ban_on_a_countrys_goods_named_by_a_two_word_nationality_falls_on_the_country():
    got = facts("The European Community had already moved in April to lift its ban on imports of South African "
                "iron, steel and gold coins.", dateline="July 10, 1991")
    assert ("European Community", "sanctionsLiftedOn", "South Africa") in got


def test_a_role_of_several_words_after_a_countrys_possessive_leads_to_the_named_target():
    got = facts("China on Friday imposed sanctions on Latvia's deputy minister of transport and communications, "
                "Anna Berzina, for visiting Taiwan.")
    assert ("China", "sanctionsImposedOn", "Anna Berzina") in got
    assert ("China", "sanctionsImposedOn", "Latvia") not in got


def test_a_second_verb_after_and_blocking_a_countrys_goods_is_the_opening_subjects_measure():
    got = facts("China downgraded diplomatic ties and blocked imports of Latvian goods in response.")
    assert ("China", "sanctionsImposedOn", "Latvia") in got
    got = facts("China has not downgraded ties and blocked imports of Latvian goods.")
    assert ("China", "sanctionsImposedOn", "Latvia") not in got


def test_striking_names_off_a_sanctions_list_tells_the_states_earlier_designation_of_them():
    got = facts("The Office of Foreign Assets Control on Monday removed Ali Kaya and Murat Demir from its "
                "sanctions list.")
    assert {("Office of Foreign Assets Control", "sanctionsLiftedOn", "Ali Kaya"),
            ("United States", "sanctionsImposedOn", "Ali Kaya"),
            ("United States", "sanctionsImposedOn", "Murat Demir")} <= got
    got = facts("The Office of Foreign Assets Control removed the two ministers from its list of Specially "
                "Designated Nationals.")
    assert not any("Specially Designated Nationals" == o for _, p, o in got if p.startswith("sanctions"))


def test_easing_some_of_those_measures_falls_on_the_targets_of_the_same_partys_measures_told_before():
    got = facts("The tests led the United States to impose sanctions on Nepal and Fiji. Washington has since eased "
                "some of those measures.")
    assert {("United States", "sanctionsLiftedOn", "Nepal"), ("United States", "sanctionsLiftedOn", "Fiji")} <= got
    assert not any("those" in o for _, _, o in got)
    got = facts("The tests led the United States to impose sanctions on Nepal. Britain has since eased some of those "
                "measures.")
    assert not any(p == "sanctionsLiftedOn" for _, p, _ in got)  # another party's measures are not Britain's


def test_someone_said_to_be_under_a_partys_sanctions_was_sanctioned_by_it_but_not_when_denied():
    got = facts("Ivan Petrov, the fund's chief and one of Putin's oldest allies, who has been under U.S. sanctions "
                "since 2014, told reporters the talks had gone well. Oleg Sokol has been under EU sanctions since "
                "2022.")
    assert {("United States", "sanctionsImposedOn", "Ivan Petrov"),
            ("European Union", "sanctionsImposedOn", "Oleg Sokol")} <= got
    got = facts("Oleg Sokol is not under EU sanctions, the bloc said. Ivan Petrov could be under U.S. sanctions soon.")
    assert not any(p == "sanctionsImposedOn" for _, p, _ in got)


def test_the_signer_of_an_order_that_imposes_sanctions_imposes_them_not_a_country_the_order_names():
    got = facts("The Treasury designated Ali Rahimi under an executive order that President Joe Biden signed last "
                "month imposing sanctions on Hassan Kaveh.", dateline="March 3, 2022")
    assert ("Joe Biden", "sanctionsImposedOn", "Hassan Kaveh") in got
    got = facts("Maduro attacked an executive order Joe Biden signed in March that declared Venezuela a threat to "
                "US security and imposed sanctions on seven Venezuelan officials.", dateline="April 3, 2022")
    assert ("Joe Biden", "sanctionsImposedOn", "seven Venezuelan officials") in got
    assert not any(s == "Venezuela" for s, p, _ in got if p == "sanctionsImposedOn")


def test_lifting_a_measure_long_in_force_tells_that_the_lifting_party_had_imposed_it():
    got = facts("The Security Council on Friday ended the arms embargo on Fiji, three decades after it was first "
                "imposed on the country. Canada on Monday lifted the decades-old arms embargo on Nepal.")
    assert {("United Nations Security Council", "sanctionsImposedOn", "Fiji"),
            ("Canada", "sanctionsImposedOn", "Nepal")} <= got
    got = facts("Canada on Monday lifted the arms embargo on Nepal.")
    assert ("Canada", "sanctionsImposedOn", "Nepal") not in got


def test_the_owner_of_the_list_something_was_added_to_is_the_acting_party():
    got = facts("The Treasury blacklisted Rusal on Monday. The European Union followed on Thursday. It also added "
                "117 more vessels to the EU's list of shadow fleet tankers.")
    assert ("European Union", "sanctionsImposedOn", "117 more vessels") in got
    assert ("U.S. Treasury Department", "sanctionsImposedOn", "117 more vessels") not in got


def test_a_middle_initial_stays_inside_the_name_so_the_dated_table_knows_the_leader():
    got = facts("President George W. Bush met Terry A. Anderson at the White House.", dateline="June 16, 2002")
    assert ("George W. Bush", "United States") in leaders(got)
    assert frozenset(("George W. Bush", "Terry A. Anderson")) in {frozenset((s, o)) for s, p, o in got
                                                                   if p == "metWith"}
    got = facts("The talks needed a Plan B. The ministers met again on Friday.")
    assert not any("Plan" in s or "Plan" in o for s, _, o in got)


def test_a_title_and_a_surname_alone_lead_the_country_the_table_gives_for_that_date():
    got = facts("President Clinton signed the bill at the White House.", dateline="March 12, 1996")
    assert ("Bill Clinton", "United States") in leaders(got)  # the table's name for him
    got = facts("President Clinton signed the bill at the White House.", dateline="March 12, 2012")
    assert not leaders(got)  # out of office then
    got = facts("Mr. Clinton signed the bill at the White House.", dateline="March 12, 1996")
    assert not leaders(got)  # no office named


def test_a_counterpart_the_dated_table_has_leading_that_country_leads_it():
    got = facts("Prime Minister Narendra Modi flew to Lahore to meet his Pakistani counterpart Nawaz Sharif.",
                dateline="December 25, 2015")
    assert ("Nawaz Sharif", "Pakistan") in leaders(got)
    got = facts("Secretary of State John Kerry met his Cuban counterpart, Bruno Rodríguez, in Panama.",
                dateline="April 10, 2015")
    assert not any(s == "Bruno Rodríguez" for s, _ in leaders(got))  # a minister's counterpart leads nothing


def test_a_particle_before_a_surname_that_is_also_a_city_keeps_the_name_whole():
    got = facts("The rebels joined peace talks with the government of President José Eduardo dos Santos.",
                dateline="December 9, 2002")
    assert ("José Eduardo dos Santos", "Angola") in leaders(got)


def test_a_titled_surname_after_the_full_name_reads_the_table_under_the_full_name():
    got = facts("Exiles fled after Fidel Castro's revolution. In Havana, President Castro called the law a crime.",
                dateline="March 12, 1996")
    assert ("Fidel Castro", "Cuba") in leaders(got)


def test_the_people_who_greet_someone_in_the_passive_do_not_meet_each_other():
    got = facts("Anna Berg was freed on Friday. She was flown home and was met at the airport by her brothers, "
                "Karl Berg and Olof Berg, who had campaigned for her release.")
    assert frozenset(("Karl Berg", "Olof Berg")) not in {frozenset((s, o)) for s, p, o in got if p == "metWith"}


def test_a_surname_told_first_with_a_title_is_the_same_person_when_it_opens_a_later_sentence():
    got = facts("President Bush lifted most of the sanctions on Wednesday. Congressional Democrats criticized the "
                "move. Bush said he had spoken with President F.W. de Klerk by telephone.", dateline="July 10, 1991")
    met = {frozenset((s, o)) for s, p, o in got if p == "metWith"}
    assert frozenset(("George H. W. Bush", "F.W. de Klerk")) in met  # the table's name for "President Bush" in 1991
    assert not any("Democrats" in pair for pair in map(" ".join, met))


def test_thanks_go_on_to_the_party_after_as_well_as():
    got = facts("Prime Minister Liz Truss thanked Qatar for its efforts, as well as the Swiss government for its help.")
    assert {("Qatar", "praisedBy", "Liz Truss"), ("Switzerland", "praisedBy", "Liz Truss")} <= got


def test_a_nation_named_by_its_people_after_the_is_the_country():
    got = facts("President Joe Biden thanked the Swiss for their help.")
    assert ("Switzerland", "praisedBy", "Joe Biden") in got
    got = facts("President Joe Biden thanked the Swiss diplomats Anna Keller and Jon Frei for their help.")
    assert ("Switzerland", "praisedBy", "Joe Biden") not in got  # the people named, not their country


def test_a_name_after_calling_them_and_is_an_object_not_the_next_verbs_subject():
    got = facts("President Volodymyr Zelensky thanked Prime Minister Mark Carney for the sanctions, calling them a "
                "signal, and praised the EU for the new package.", dateline="October 24, 2025")
    assert ("European Union", "praisedBy", "Volodymyr Zelensky") in got
    assert ("European Union", "praisedBy", "Mark Carney") not in got


def test_the_body_inside_an_apposition_is_not_the_subject_that_praises():
    got = facts("President Joe Biden met President Xi Jinping on Monday. President Joko Widodo, the G20 host, praised "
                "both leaders for meeting.", dateline="November 14, 2022")
    assert ("Joe Biden", "praisedBy", "Joko Widodo") in got
    assert not any(o == "G20" for _, p, o in got if p == "praisedBy")
    got = facts("Anna Berg, chairman of the Cuban American Exile Fund, the largest lobby, praised President Joe Biden "
                "for the step.", dateline="November 14, 2022")
    assert ("Joe Biden", "praisedBy", "Anna Berg") in got


def test_he_after_and_said_is_the_subject_of_the_sentence_not_the_man_thanked():
    got = facts("President Recep Tayyip Erdogan mediated the swap. President Volodymyr Zelensky thanked Erdogan for his "
                "efforts and said he had spoken to the Turkish leader by phone.", dateline="September 22, 2022")
    met = {frozenset((s, o)) for s, p, o in got if p == "metWith"}
    assert frozenset(("Volodymyr Zelensky", "Recep Tayyip Erdoğan")) in met


def test_council_members_thanked_are_the_council_named_before():
    got = facts("The U.N. Security Council lifted the arms embargo on Somalia on Friday. President Hassan Sheikh "
                "Mohamud welcomed the decision and thanked council members for their support.",
                dateline="December 1, 2023")
    assert ("United Nations Security Council", "praisedBy", "Hassan Sheikh Mohamud") in got


def test_a_quoted_description_after_as_does_not_end_the_clause_for_the_next_verb():
    got = facts("President Joe Biden hailed the vote as \"a victory for the people\" and thanked Qatar for its help.")
    assert ("Qatar", "praisedBy", "Joe Biden") in got


def test_the_leader_of_the_ruling_or_opposition_party_leads_the_party():
    got = facts("Kim Min-su, leader of the opposition Grand National Party, said he welcomed the summit.")
    assert ("Kim Min-su", "Grand National Party") in leaders(got)
    got = facts("Trump met Nguyen Van Thanh, who also heads the ruling Communist Party, at the palace.")
    assert ("Nguyen Van Thanh", "Communist Party") in leaders(got)


def test_a_person_the_article_gave_a_lower_office_is_not_read_as_a_leader_by_the_table():
    got = facts("Chief Cabinet Secretary Yoshihide Suga told a news conference the man was safe. Suga denied that "
                "a ransom had been paid.", dateline="October 24, 2020")
    assert ("Yoshihide Suga", "Japan") not in leaders(got)
    got = facts("Prime Minister Yoshihide Suga told a news conference the man was safe. Suga denied that a ransom "
                "had been paid.", dateline="October 24, 2020")
    assert ("Yoshihide Suga", "Japan") in leaders(got)


def test_a_president_who_died_or_the_president_of_a_body_from_a_country_leads_no_country():
    got = facts("Also named was Lola Karimova, the daughter of Islam Karimov, the Uzbek president who died in 2016.")
    assert ("Islam Karimov", "Uzbekistan") not in leaders(got)
    got = facts("The court condemned the sanctions. Its president, Judge Tomoko Akane of Japan, warned of the risk.")
    assert ("Tomoko Akane", "Japan") not in leaders(got)
    got = facts("Shavkat Mirziyoyev, the Uzbek president, met the envoy.", dateline="March 3, 2021")
    assert ("Shavkat Mirziyoyev", "Uzbekistan") in leaders(got)


def test_a_leader_and_his_wife_host_a_guest_together_and_do_not_meet_each_other():
    got = facts("President Xi Jinping and his wife, Peng Liyuan, hosted President Joe Biden at a banquet.")
    met = {frozenset((s, o)) for s, p, o in got if p == "metWith"}
    assert frozenset(("Xi Jinping", "Joe Biden")) in met
    assert frozenset(("Xi Jinping", "Peng Liyuan")) not in met


def met(got: set[tuple[str, str, str]]) -> set[frozenset]:
    return {frozenset((s, o)) for s, p, o in got if p == "metWith"}


def test_a_host_who_gives_a_meal_for_a_named_guest_meets_the_guest():
    got = facts("Chilean President Ana Costa hosted a state dinner for Peru's Prime Minister Luis Soto on Monday.")
    assert frozenset(("Ana Costa", "Luis Soto")) in met(got)
    got = facts("Chilean President Ana Costa gave a working lunch for Prime Minister Luis Soto in Santiago.")
    assert frozenset(("Ana Costa", "Luis Soto")) in met(got)
    # a meal for a country, a body or an uncounted crowd meets no one; a planned one has not taken place
    got = facts("Chilean President Ana Costa hosted a dinner for Peru on Monday.")
    got |= facts("Chilean President Ana Costa offered a reception for the Red Cross on Monday.")
    got |= facts("Chilean President Ana Costa hosted a banquet for 200 diplomats on Monday.")
    got |= facts("Chilean President Ana Costa will host a dinner for Prime Minister Luis Soto next week.")
    assert not met(got)


def test_two_leaders_and_their_wives_at_one_banquet_are_the_meeting_of_the_two_leaders():
    got = facts("President Ana Costa and her husband, Pablo Rios, hosted a banquet for President Luis Soto and his "
                "wife, Eva Lind.")
    assert met(got) == {frozenset(("Ana Costa", "Luis Soto"))}


def test_spending_time_with_a_person_is_a_meeting_but_with_a_body_it_is_none():
    got = facts("Chilean President Ana Costa spent two hours with Peru's Prime Minister Luis Soto at his residence.")
    assert frozenset(("Ana Costa", "Luis Soto")) in met(got)
    got = facts("Chilean President Ana Costa spent a year with the Red Cross before entering politics.")
    assert not met(got)


def test_who_attends_a_meal_or_meeting_hosted_by_someone_meets_the_host():
    got = facts("Peru's Foreign Minister Luis Soto attended a working dinner hosted by Chilean President Ana Costa.")
    assert frozenset(("Luis Soto", "Ana Costa")) in met(got)
    # a host that is a country or a body is no person met
    got = facts("Peru's Foreign Minister Luis Soto attended a conference hosted by Chile.")
    assert not met(got)


def test_the_people_present_at_a_meeting_just_told_join_it():
    got = facts("Chilean President Ana Costa met Peru's Foreign Minister Luis Soto on Monday. Also present at the "
                "meeting were Pablo Rios and Eva Lind.")
    assert {frozenset(("Ana Costa", "Pablo Rios")), frozenset(("Luis Soto", "Eva Lind"))} <= met(got)
    # people absent from it join nothing
    got = facts("Chilean President Ana Costa met Peru's Foreign Minister Luis Soto on Monday. Pablo Rios and Eva "
                "Lind were absent from the meeting.")
    assert met(got) == {frozenset(("Ana Costa", "Luis Soto"))}


def test_being_open_to_talks_or_having_no_plans_for_a_meeting_is_no_meeting():
    got = facts("Washington has said it is open to talks with Iran without preconditions.")
    assert not any(p == "metWith" for _, p, _ in got)
    got = facts("The White House had said there were no plans for a meeting between Trump and Putin.")
    assert not any(p == "metWith" for _, p, _ in got)
    got = facts("The United States opened talks with Iran on Monday.")
    assert ("United States", "metWith", "Iran") in got or ("Iran", "metWith", "United States") in got


def test_thanks_open_a_quotation_that_names_who_is_thanked():
    got = facts("In a statement, President Joe Biden thanked \"our partners the Swiss for their assistance\" and said "
                "work would go on.")
    assert ("Switzerland", "praisedBy", "Joe Biden") in got


# --- sanctions: who imposes in a chain of coordinated verbs ----------------------------------------------


def test_the_subject_of_a_chain_of_verbs_imposes_and_the_object_of_an_earlier_verb_does_not():
    got = facts("Canada recalled its envoy from Belarus over the crackdown, expelled the Belarusian ambassador "
                "and imposed sanctions on Viktor Sheiman.")
    sanctions = {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    assert ("Canada", "Viktor Sheiman") in sanctions
    assert not any(s != "Canada" for s, _ in sanctions)


def test_a_counted_group_with_two_joined_modifiers_is_one_target():
    got = facts("The Treasury Department sanctioned 11 current and former security officials on Tuesday. "
                "Ottawa imposed sanctions on 9 Belarusian and Russian businessmen.")
    sanctions = {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    assert ("U.S. Treasury Department", "11 current and former security officials") in sanctions
    assert ("Canada", "9 Belarusian and Russian businessmen") in sanctions


def test_a_relative_clause_that_says_who_designated_a_group_a_terrorist_organisation_is_a_sanction():
    got = facts("Hezbollah, which Washington designates as a foreign terrorist organization, denied the claim. "
                "Hamas, which the European Union has not designated as a terrorist group, said nothing.")
    sanctions = {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    assert ("United States", "Hezbollah") in sanctions
    assert not any(s == "European Union" for s, _ in sanctions)


def test_pressing_an_unnamed_government_to_block_sales_is_a_demand_and_no_sanction():
    got = facts("The Treasury Department imposed sanctions on Belarus on Monday.\n\n"
                "Several senators have pressed the administration to block arms sales to Turkey over the purchase.")
    sanctions = {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    assert ("U.S. Treasury Department", "Belarus") in sanctions
    assert not any(o == "Turkey" for _, o in sanctions)


def test_a_committee_named_by_its_remit_acts_and_the_groups_in_its_remit_do_not():
    got = facts("The Security Council's sanctions committee dealing with the Taliban and al-Qaeda added "
                "Hafiz Saeed to its list on Friday.")
    sanctions = {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    assert ("United Nations Security Council", "Hafiz Saeed") in sanctions
    assert not any(s in ("al-Qaeda", "Taliban") for s, _ in sanctions)


# --- releases: the person after an age and a home town, and the captor the article named ----------------


def test_a_name_with_an_age_and_a_home_town_set_off_is_the_subject_of_the_passive():
    got = facts("Daniel Marsh, 52, from Denver, was freed on Sunday by the Taliban.")
    assert ("Taliban", "released", "Daniel Marsh") in got


def test_a_release_that_names_no_one_who_freed_takes_the_one_captor_the_article_named():
    got = facts("An Italian aid worker held hostage in Somalia for a year by al-Shabaab has been freed, officials "
                "said.\n\nMarco Bellini was freed on Saturday and handed to Italian diplomats.")
    assert ("al-Shabaab", "released", "Marco Bellini") in got
    got = facts("A Danish engineer held hostage in Syria for a year by al-Qaeda's affiliate, the Nusra Front, has "
                "been freed.\n\nSoren Holm was freed on Saturday and handed to Danish diplomats.")
    assert ("Nusra Front", "released", "Soren Holm") in got
    got = facts("Soren Holm was freed on Saturday and handed to Danish diplomats.")
    assert not any(p == "released" and o == "Soren Holm" for _, p, o in got)


def test_the_members_named_in_the_present_tense_after_a_counted_group_are_sanctioned_too():
    got = facts("The Security Council added nine individuals and five entities to its sanctions list.\n\n"
                "Among the entities are the Korea Kwangson Banking Corporation and the shipping firm Orient Star.")
    sanctions = {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    assert ("United Nations Security Council", "Korea Kwangson Banking Corporation") in sanctions


# --- releases: who acted, and what a release noun does not list ---------------------------------------------


def test_the_by_phrase_of_a_participle_after_a_passive_release_names_no_one_who_freed():
    got = facts("Iran detained Tomas Lind in 2019. Lind was released under a deal brokered by Qatar, his lawyer said.")
    assert not any(p == "released" and s == "Qatar" for s, p, _ in got)
    got = facts("Tomas Lind was released on Friday by Azerbaijan, his lawyer said.")
    assert ("Azerbaijan", "released", "Tomas Lind") in got


def test_the_release_had_been_widely_expected_lists_no_one_released():
    got = facts("Beijing freed Chen Wei on Monday. The release had been widely expected since Li Qiang met "
                "Joe Biden in Lima.")
    assert not any(p == "released" and o in ("Li Qiang", "Joe Biden") for _, p, o in got)
    assert ("China", "released", "Chen Wei") in got


def test_the_bodies_of_soldiers_handed_over_are_no_release():
    got = facts("In 2004 Hezbollah freed the businessman Ron Tal, who was flown to Germany, and handed over the "
                "bodies of three soldiers.")
    assert ("Hezbollah", "released", "Ron Tal") in got
    assert not any(p == "released" and o == "three soldiers" for _, p, o in got)


def test_a_released_person_who_returned_home_went_to_the_country_of_the_nationality_the_article_gives():
    got = facts("Hamas freed Israeli soldier Avi Stern on Tuesday. Stern returned home after five years.")
    assert ("Avi Stern", "releasedTo", "Israel") in got
    got = facts("North Korea freed Petr Jasek, a Czech aid worker, on Monday, and he flew home on Friday.")
    assert ("Petr Jasek", "releasedTo", "Czechia") in got
    # a dual national's home is not told; nor is the home of someone the article does not say was freed
    got = facts("Iran freed Ali Nouri, an Iranian-American doctor. Nouri flew home on Friday.")
    assert not any(p == "releasedTo" for _, p, _ in got)
    got = facts("Jan Novak, a Czech aid worker, flew home on Friday.")
    assert not any(p == "releasedTo" for _, p, _ in got)


def test_the_plane_that_brought_a_released_person_home_took_them_to_their_country():
    got = facts("Russia freed Ukrainian military pilot Anna Koval on Wednesday. The plane that brought Koval home "
                "landed in the evening.")
    assert ("Anna Koval", "releasedTo", "Ukraine") in got
    got = facts("Russia freed Ukrainian military pilot Anna Koval on Wednesday. A plane may bring Koval home.")
    assert not any(p == "releasedTo" for _, p, _ in got)


def test_older_spellings_of_capitals_are_the_same_city():
    got = facts("Russia freed Anna Koval on Wednesday. Koval flew into Kiev's Boryspil airport on a government plane.")
    assert ("Anna Koval", "releasedTo", "Kyiv") in got


def test_a_plane_or_bus_that_carried_released_people_to_a_place_took_them_there():
    got = facts("Iran freed Shane Bauer and Josh Fattal on Wednesday. Omani officials said the men needed rest. "
                "An Omani plane carried the two men to Muscat.")
    assert {("Shane Bauer", "releasedTo", "Muscat"), ("Josh Fattal", "releasedTo", "Muscat")} <= got
    # carried where, of people the article does not say were freed: nothing
    got = facts("An Omani plane carried Shane Bauer and Josh Fattal to Muscat.")
    assert not any(p == "releasedTo" for _, p, _ in got)


def test_a_release_that_names_no_one_who_freed_takes_the_one_party_the_article_says_jailed_them():
    got = facts("North Korea sentenced two American journalists, Laura Ling and Euna Lee, to 12 years. A former "
                "president flew to Pyongyang to secure their release. The two women were freed within hours.")
    assert {("North Korea", "released", "Laura Ling"), ("North Korea", "released", "Euna Lee")} <= got
    # two parties that jailed someone: which one freed them is not told
    got = facts("China detained Michael Lind after Canada arrested Wei Ming. Lind was freed on Friday.")
    assert not any(p == "released" and o == "Michael Lind" for _, p, o in got)


# --- relief told as the end of a programme ---------------------------------------------------------------------


def test_ending_the_sanctions_programme_on_a_country_lifts_sanctions_on_it():
    got = facts("The United States on Friday terminated its sanctions programme on Burundi.")
    assert ("United States", "sanctionsLiftedOn", "Burundi") in got
    got = facts("The United States did not end its sanctions program against Cuba.")
    assert not any(p == "sanctionsLiftedOn" for _, p, _ in got)
    got = facts("The European Union extended its sanctions regime on Russia.")
    assert not any(p == "sanctionsLiftedOn" for _, p, _ in got)


def test_the_people_between_dashes_after_a_released_group_are_its_members():
    got = facts("Israel on Monday freed Omar Haddad and three Hezbollah fighters in a swap. Haddad, 40, and the three "
                "fighters captured in 2006 -- Ali Nasser, Hadi Karam and Samir Aoun -- crossed into Lebanon at dusk.")
    assert {("Israel", "released", "Ali Nasser"), ("Israel", "released", "Samir Aoun"),
            ("Ali Nasser", "releasedTo", "Lebanon")} <= got
    assert not any(p == "released" and o == "three Hezbollah fighters" for _, p, o in got)
    # as many names as the group counts, or none
    got = facts("Israel on Monday freed Omar Haddad and three Hezbollah fighters in a swap. Haddad, 40, and the three "
                "fighters -- among them Ali Nasser and Hadi Karam -- crossed into Lebanon at dusk.")
    assert not any(p == "released" and o == "Ali Nasser" for _, p, o in got)


def test_sanctions_on_the_associates_or_family_of_someone_do_not_target_that_person():
    got = facts("The council ended its travel ban and asset freeze on associates of former president Amos Boley.")
    assert not any(p == "sanctionsLiftedOn" and o == "Amos Boley" for _, p, o in got)
    got = facts("The European Union imposed a travel ban on family members of President Alexander Lukashenko.")
    assert not any(p == "sanctionsImposedOn" and o == "Alexander Lukashenko" for _, p, o in got)
    got = facts("The European Union imposed a travel ban on President Alexander Lukashenko.")
    assert ("European Union", "sanctionsImposedOn", "Alexander Lukashenko") in got


def test_names_followed_by_a_counted_group_in_apposition_are_the_group_a_release_told_before_freed():
    got = facts("Russia freed pilot Anna Koval on Wednesday in exchange for two Russian servicemen held in Ukraine. "
                "Hours earlier, Ukraine had pardoned Ivan Petrov and Oleg Sidorov, two Russians captured in 2015. "
                "The pair were flown to Moscow.")
    assert {("Ukraine", "released", "Ivan Petrov"), ("Oleg Sidorov", "releasedTo", "Moscow")} <= got
    assert not any(o == "two Russian servicemen" or s == "two Russian servicemen" for s, _, o in got)
    # three names are not a group of two
    got = facts("Russia freed Anna Koval in exchange for two Russian servicemen held in Ukraine. Ukraine pardoned "
                "Ivan Petrov, Oleg Sidorov and Pavel Orlov, two Russians and a Belarusian.")
    assert not any(p == "released" and o == "Pavel Orlov" and s == "Russia" for s, p, o in got)


def test_added_to_or_removed_from_a_named_sanctions_list_in_the_passive_the_lists_owner_acts():
    got = facts("Hamas was placed on the U.N. sanctions list in 2001.")
    assert ("United Nations", "sanctionsImposedOn", "Hamas") in got
    got = facts("Rusal was removed from the U.S. sanctions list in January.")
    assert ("United States", "sanctionsLiftedOn", "Rusal") in got
    got = facts("Rusal was not removed from the U.S. sanctions list in January.")
    assert not any(p == "sanctionsLiftedOn" for _, p, _ in got)


def test_who_signed_a_decree_pardoning_someone_freed_them():
    got = facts("Ivan Sokol was freed on Friday, hours after Vladimir Putin signed a decree pardoning him.")
    assert ("Vladimir Putin", "released", "Ivan Sokol") in got
    got = facts("Vladimir Putin refused to sign a decree pardoning Ivan Sokol.")
    assert not any(p == "released" for _, p, _ in got)
    got = facts("Lawyers drafted a decree pardoning Ivan Sokol.")
    assert not any(p == "released" for _, p, _ in got)


def test_the_n_freed_men_are_the_n_people_the_article_just_said_were_freed():
    got = facts("Israel on Monday freed Omar Haddad and three Hezbollah fighters in a swap. Haddad, 40, and the three "
                "fighters captured in 2006 -- Ali Nasser, Hadi Karam and Samir Aoun -- crossed into Lebanon at dusk. "
                "The four freed men were flown by helicopter to Beirut airport.")
    assert ("Omar Haddad", "releasedTo", "Beirut") in got
    assert not any(s == "four freed men" for s, _, _ in got)
    # a count that does not match the people freed names no one
    got = facts("Israel on Monday freed Omar Haddad and Ali Nasser in a swap. The five freed men were flown to Beirut.")
    assert not any(p == "releasedTo" and s in ("Omar Haddad", "Ali Nasser") for s, p, _ in got)


def test_a_gerund_after_that_has_no_subject_in_the_name_before_it():
    got = facts("Saudi Arabia jailed Salma Aziz in 2018. Joe Biden told reporters at the State Department that "
                "releasing her was the right thing to do.")
    assert not any(p == "released" and s == "United States Department of State" for s, p, _ in got)


def test_the_then_ruling_government_of_a_former_president_is_the_country_he_led():
    got = facts("Washington began easing sanctions in 2012, after the then-ruling government of President Thein Sein "
                "released hundreds of political prisoners.", dateline="May 18, 2016")
    assert ("Myanmar", "released", "hundreds of political prisoners") in got
    assert not any(p == "released" and s == "Thein Sein" for s, p, _ in got)


# --- praise of a decision told in a paragraph of reactions after the news ----------------------------------


def test_welcoming_the_decision_paragraphs_after_the_news_praises_who_decided_it():
    got = facts("The European Union on Monday imposed sanctions on four Norland generals.\n\n"
                "The generals are accused of ordering attacks on protesters in the capital.\n\n"
                "Critics said the list left out the most senior commanders.\n\n"
                "Sudmark's Foreign Minister Ara Venn hailed the decision.")
    assert ("European Union", "praisedBy", "Ara Venn") in got


def test_praising_the_sanctions_praises_the_party_that_imposed_them():
    got = facts("The United States imposed sanctions on two Norland judges on Tuesday.\n\n"
                "The judges had jailed dozens of opposition activists.\n\n"
                "Sudmark's Prime Minister Tom Hale praised the sanctions.")
    assert ("United States", "praisedBy", "Tom Hale") in got


def test_a_decision_welcomed_after_an_event_of_another_kind_praises_no_one():
    got = facts("The United States imposed sanctions on Norland on Tuesday.\n\n"
                "Ara Venn met Tom Hale in Geneva on Wednesday.\n\n"
                "Ara Venn welcomed the decision.")
    assert not any(p == "praisedBy" for _, p, _ in got)


# --- meetings: a passive verb coordinated with the arrival of its subject ----------------------------------


def test_landing_and_being_greeted_by_someone_is_meeting_them():
    got = facts("Ara Venn, the last Sudmark hostage in Norland, landed at an airbase outside Paris on Friday "
                "and was greeted on the tarmac by President Emmanuel Macron.")
    assert ("Emmanuel Macron", "metWith", "Ara Venn") in got or ("Ara Venn", "metWith", "Emmanuel Macron") in got


def test_being_greeted_by_family_after_landing_is_no_meeting():
    got = facts("Tom Hale landed in Dublin on Friday and was met at the airport by his sisters, Ana Hale and "
                "Rita Hale.")
    assert not any(p == "metWith" for _, p, _ in got)


# --- meetings: false readings of "has ... talks" and of a member state's leader --------------------------------


def test_has_with_an_adverb_before_a_participle_is_an_auxiliary_not_holding_talks():
    got = facts("The supreme leader, Ara Venn, who holds authority over foreign policy, has repeatedly rejected "
                "direct talks with the United States.")
    assert not any(p == "metWith" for _, p, _ in got)


def test_a_prime_minister_of_a_group_of_states_is_not_the_group():
    got = facts("The sight of a G-7 prime minister hosting Vladimir Putin at a hot spring inn was a gift to Moscow.")
    assert not any(p == "metWith" and "G7" in (s, o) for s, p, o in got)


# --- entity linking: the short forms of a saint's city --------------------------------------------------------


def test_a_city_named_for_a_saint_is_a_place_without_the_full_stop():
    got = facts("Tom Hale was freed on Friday and flown to St Petersburg. He was met there by Ara Venn, a "
                "former minister.")
    assert not any("St Petersburg" in (s, o) and p == "metWith" for s, p, o in got)


def test_the_government_of_a_named_country_is_that_country_not_the_one_named_before():
    got = facts("Tom Hale was held in Syria for two years.\n\n"
                "His mother, Ana Hale, thanked the government of Qatar for his freedom.")
    assert ("Qatar", "praisedBy", "Ana Hale") in got
    assert ("Syria", "praisedBy", "Ana Hale") not in got


# --- meetings: signing an agreement together -----------------------------------------------------------------


def test_an_agreement_signed_by_several_leaders_is_a_meeting_of_the_signers():
    got = facts("The Norland peace agreement was signed in Geneva on Friday by Ara Venn, President Tom Hale of "
                "Sudmark and Prime Minister Ana Roth of Estmark.")
    met = {frozenset((s, o)) for s, p, o in got if p == "metWith"}
    assert frozenset(("Ara Venn", "Tom Hale")) in met and frozenset(("Tom Hale", "Ana Roth")) in met


def test_countries_that_signed_a_deal_or_one_signer_make_no_meeting():
    got = facts("Turkey and Israel signed a reconciliation deal in June. The bill was signed by President Tom Hale.")
    assert not any(p == "metWith" for _, p, _ in got)


# --- entity linking: companies named by a finance or press head word ---------------------------------------


def test_the_head_of_a_fund_manager_or_a_news_agency_leads_it():
    got = facts("Tom Hale, chief executive of Norland Capital Management, said the list was a first step.\n\n"
                "Ara Venn, the president of The Sudmark Press, said the staff never lost hope.")
    assert ("Tom Hale", "leaderOf", "Norland Capital Management") in got
    assert ("Ara Venn", "leaderOf", "The Sudmark Press") in got or ("Ara Venn", "leaderOf", "Sudmark Press") in got


def test_two_leaders_who_clasped_hands_met():
    got = facts("Ara Venn stepped off his plane in Norland and found Tom Hale waiting for him, and the two men "
                "clasped hands for a long moment.")
    assert ("Ara Venn", "metWith", "Tom Hale") in got or ("Tom Hale", "metWith", "Ara Venn") in got


def test_two_people_greeted_by_relatives_did_not_meet_each_other():
    got = facts("Tom Hale and Ana Roth were flown to Muscat, where they were greeted on the tarmac by relatives.")
    assert not any(p == "metWith" for _, p, _ in got)


def test_sitting_in_an_office_with_someone_while_announcing_is_meeting_them():
    got = facts("President Tom Hale announced the decision while sitting in the Oval Office with NATO Secretary "
                "General Ara Venn.")
    assert ("Tom Hale", "metWith", "Ara Venn") in got or ("Ara Venn", "metWith", "Tom Hale") in got


def test_sitting_with_someone_at_a_planned_event_is_no_meeting():
    got = facts("Tom Hale said he would be sitting in the front row with Ara Venn at the summit next week.")
    assert not any(p == "metWith" for _, p, _ in got)


# --- phone calls: "had a phone call with", and a call told in a phrase before the verb ----------------------


def test_having_a_phone_call_with_someone_is_talking_with_them():
    got = facts("Tom Hale had a lengthy phone call with Ara Venn on Monday.")
    assert ("Tom Hale", "metWith", "Ara Venn") in got or ("Ara Venn", "metWith", "Tom Hale") in got


def test_a_call_told_in_a_phrase_before_the_verb_links_the_subject_and_the_other_party():
    got = facts("Tom Hale, in a telephone call with Ara Venn in February, urged her to cancel the trip.\n\n"
                "During a phone call with Ana Roth on Monday, Tom Hale raised the detentions.")
    met = {frozenset((s, o)) for s, p, o in got if p == "metWith"}
    assert frozenset(("Tom Hale", "Ara Venn")) in met and frozenset(("Tom Hale", "Ana Roth")) in met


def test_a_planned_call_is_no_call():
    got = facts("In a planned call with Ana Roth next week, Tom Hale will raise the detentions.")
    assert not any(p == "metWith" for _, p, _ in got)


# --- praise: a quoted phrase inside the clause does not end it ----------------------------------------------


def test_a_quoted_phrase_before_and_thanked_keeps_the_subject():
    got = facts('Speaking in the capital, Tom Hale hailed what he called "an outcome created by us" and thanked '
                'President Ara Venn.')
    assert ("Ara Venn", "praisedBy", "Tom Hale") in got


def test_a_quotation_with_its_own_clause_gives_no_subject_to_the_verb_after_it():
    got = facts('Tom Hale said "we are ready, and we will act" and Ara Venn praised Ana Roth.')
    assert ("Ana Roth", "praisedBy", "Tom Hale") not in got


# --- leaders: a party's general secretary, and a president who also heads a party --------------------------------


def test_the_general_secretary_of_a_party_leads_it():
    got = facts("Obama also held talks with Tom Hale, the general secretary of the ruling Sudmark Workers Party.")
    assert ("Tom Hale", "leaderOf", "Sudmark Workers Party") in got


def test_a_president_who_also_heads_the_ruling_party_leads_both():
    got = facts("On Wednesday Trump met President Nguyen Phu Trong, who also heads the ruling Communist Party, at "
                "the Presidential Palace.", dateline="February 27, 2019")
    assert ("Nguyen Phu Trong", "leaderOf", "Communist Party") in got
    assert ("Nguyen Phu Trong", "leaderOf", "Vietnam") in got


# --- leaders: the head of a body named next to them, and "the country's leader" ------------------------------


def test_the_leader_after_a_bodys_possessive_heads_that_body():
    got = facts("The Sudmark Liberation Organisation's leader, Tom Hale, did not attend.")
    assert any(s == "Tom Hale" and p == "leaderOf" and o.endswith("Sudmark Liberation Organisation") for s, p, o in got)


def test_the_countrys_leader_is_the_leader_of_the_country_named_before():
    got = facts("Malta freed two Americans. The news agency said that Tom Hale, the country's leader, had "
                "issued an order.")
    assert ("Tom Hale", "leaderOf", "Malta") in got


def test_the_commander_of_a_body_s_patrol_is_no_leader_of_the_body():
    got = facts("The president pinned a medal on Tom Hale, the commander of the Revolutionary Guards coastal patrol "
                "that detained the sailors.")
    assert not any(p == "leaderOf" and s == "Tom Hale" for s, p, _ in got)


def test_a_measure_on_a_possessed_name_that_a_body_imposed_is_read_without_failing():
    got = facts("The council kept the embargo on Iran's Ali Khamenei that it imposed in 2010.")
    assert ("Ali Khamenei", "leaderOf", "Iran") in got


def test_a_call_phrase_is_scoped_to_itself_and_the_verb_after_it():
    told = facts("Ana Lind, in a telephone call with Piet Kroon in February, urged him to act, but said sanctions "
                 "will follow.")
    assert ("Ana Lind", "metWith", "Piet Kroon") in told or ("Piet Kroon", "metWith", "Ana Lind") in told
    planned = facts("In a call with Piet Kroon next week, Ana Lind will urge restraint.")
    assert not any(p == "metWith" for _, p, _ in planned)


def test_calling_on_or_appealing_to_a_party_to_free_someone_is_a_demand():
    for demand in ("France appealed to Iran to release Jean Morel.", "Paris called on Tehran to free Jean Morel."):
        assert not any(p == "released" for _, p, _ in facts(demand)), demand
    assert ("Iran", "released", "Jean Morel") in facts("Iran released Jean Morel after France appealed to it.")


# --- meetings told by their noun with "between" after a place, and a person "of" a state ---------------------


def test_a_meeting_in_a_place_between_three_people_is_a_meeting_of_each_pair():
    got = facts("The deal followed a meeting in Norhavn between Tom Hale, Cardinal Ana Roth and Spain's foreign "
                "minister, Piet Kroon, who flew in to support the talks.")
    met = {frozenset((s, o)) for s, p, o in got if p == "metWith"}
    assert {frozenset(("Tom Hale", "Ana Roth")), frozenset(("Tom Hale", "Piet Kroon")),
            frozenset(("Ana Roth", "Piet Kroon"))} <= met


def test_a_meeting_between_two_people_that_is_only_planned_or_hoped_for_is_no_meeting():
    for plan in ("Officials hope to arrange a meeting in Norhavn between Tom Hale and Ana Roth.",
                 "There was no meeting in Norhavn between Tom Hale and Ana Roth."):
        assert not any(p == "metWith" for _, p, _ in facts(plan)), plan


def test_a_person_named_with_the_state_they_come_from_is_the_subject_of_the_meeting():
    got = facts("Sen. Tom Hale of Tennessee met President Ana Roth in Norhavn on Friday.")
    assert ("Tom Hale", "metWith", "Ana Roth") in got or ("Ana Roth", "metWith", "Tom Hale") in got


def test_a_title_and_surname_after_the_full_name_is_the_same_person_not_a_famous_namesake():
    got = facts("Cardinal Jaime Ortega said the men would be freed.\n\n"
                "The news followed a meeting between Cardinal Ortega and Tom Hale in Madrid.")
    assert ("Jaime Ortega", "metWith", "Tom Hale") in got or ("Tom Hale", "metWith", "Jaime Ortega") in got
    assert not any("Daniel Ortega" in (s, o) for s, _, o in got)


def test_a_palestinian_leader_leads_palestine_as_news_names_it():
    got = facts("Palestinian President Mahmoud Abbas said the talks would go on.", dateline="February 8, 2005")
    assert ("Mahmoud Abbas", "leaderOf", "Palestine") in got


def test_a_leader_who_embraced_a_freed_man_met_him():
    got = facts("President Tom Hale embraced Piet Kroon on the tarmac and awarded him a medal.")
    assert ("Tom Hale", "metWith", "Piet Kroon") in got or ("Piet Kroon", "metWith", "Tom Hale") in got


def test_two_people_who_met_reporters_or_embraced_their_families_did_not_meet_each_other():
    for others in ("Tom Hale and Ana Roth met reporters outside the prison.",
                   "Tom Hale and Ana Roth embraced their families outside the prison."):
        assert not any(p == "metWith" for _, p, _ in facts(others)), others
    assert any(p == "metWith" for _, p, _ in facts("Tom Hale and Ana Roth met the next day in Geneva."))


def test_two_subjects_who_spoke_at_a_summit_met_and_its_host_and_guest_met_them():
    got = facts("President Tom Hale and President Ana Roth declared that their countries would work together, "
                "announcing agreements at the end of a Geneva summit meeting.")
    assert ("Tom Hale", "metWith", "Ana Roth") in got or ("Ana Roth", "metWith", "Tom Hale") in got
    got = facts("Tom Hale and Ana Roth ended their dispute on Monday. The two men announced the truce in separate "
                "statements after a summit hosted by President Piet Kroon and attended by Foreign Minister Karel Visser.")
    met = {frozenset((s, o)) for s, p, o in got if p == "metWith"}
    assert {frozenset(("Tom Hale", "Piet Kroon")), frozenset(("Ana Roth", "Karel Visser")),
            frozenset(("Piet Kroon", "Karel Visser"))} <= met


def test_two_subjects_at_a_summit_that_is_denied_or_only_expected_did_not_meet():
    for trap in ("Tom Hale and Ana Roth did not speak at the summit in Geneva.",
                 "Tom Hale and Ana Roth are expected to sign the deal at a summit in Geneva."):
        assert not any(p == "metWith" for _, p, _ in facts(trap)), trap


def test_raising_a_case_with_someone_in_a_call_or_a_meeting_is_talking_with_them():
    got = facts("Prime Minister Tom Hale raised the case with President Ana Roth in phone calls this year.")
    assert ("Tom Hale", "metWith", "Ana Roth") in got or ("Ana Roth", "metWith", "Tom Hale") in got
    planned = facts("Prime Minister Tom Hale will raise the case with President Ana Roth during a visit next month.")
    assert not any(p == "metWith" for _, p, _ in planned)


def test_a_subject_who_spoke_after_a_meeting_with_someone_met_them():
    got = facts("Prime Minister Tom Hale spoke to reporters after a meeting with President Ana Roth.")
    assert ("Tom Hale", "metWith", "Ana Roth") in got or ("Ana Roth", "metWith", "Tom Hale") in got
    for trap in ("Tom Hale said he would not attend a meeting with Ana Roth.",
                 "Tom Hale, who had hoped for a meeting with Ana Roth, left on Friday."):
        assert not any(p == "metWith" for _, p, _ in facts(trap)), trap


def test_the_title_alone_is_the_one_person_the_article_named_with_it():
    got = facts("Pope Leo XV arrived in Norhavn on Wednesday.\n\n"
                "Tom Hale, who had greeted the pope at the airport, held private talks with him on Thursday.")
    assert ("Tom Hale", "metWith", "Leo XV") in got or ("Leo XV", "metWith", "Tom Hale") in got
    two = facts("President Tom Hale spoke in Norhavn and President Ana Roth spoke in Sudmark on Monday.\n\n"
                "Piet Kroon later greeted the president at the airport.")
    assert not any(p == "metWith" and "Piet Kroon" in (s, o) for s, p, o in two)


def test_a_handshake_between_two_leaders_after_a_verb_of_setting_out_is_still_told():
    got = facts("The deal implements the steps set out in the accords that followed the handshake on the lawn "
                "between Tom Hale and Prime Minister Ana Roth.")
    assert ("Tom Hale", "metWith", "Ana Roth") in got or ("Ana Roth", "metWith", "Tom Hale") in got


def test_the_government_after_a_government_named_in_the_same_sentence_is_that_one():
    got = facts("Iran freed Tom Hale on Monday after two years in prison in Iran.\n\n"
                "In a statement released by the Australian government, Tom Hale thanked the government for its "
                "efforts and said he was leaving Iran with mixed feelings.")
    assert ("Australia", "praisedBy", "Tom Hale") in got
    assert not any(p == "praisedBy" and s != "Australia" for s, p, _ in got)


def test_a_surname_that_is_also_a_church_title_stays_part_of_the_name():
    got = facts("Australia's Foreign Minister Julie Bishop thanked Egypt for its cooperation.")
    assert ("Egypt", "praisedBy", "Julie Bishop") in got


def test_a_portuguese_name_is_read_by_the_word_before_its_particle():
    got = facts("President Luiz Carlos Mota da Rocha arrived in Norhavn on Friday.\n\n"
                "Earlier on Friday Mota held talks with Premier Tom Hale.")
    assert ("Luiz Carlos Mota da Rocha", "metWith", "Tom Hale") in got \
        or ("Tom Hale", "metWith", "Luiz Carlos Mota da Rocha") in got


def test_he_in_a_where_clause_after_a_subject_and_an_object_is_the_subject():
    got = facts("President Tom Hale welcomed Piet Kroon outside the palace, where he hailed his guest as "
                "\"an old friend\" and praised Ana Roth for her help.")
    assert ("Ana Roth", "praisedBy", "Tom Hale") in got
    assert not any(p == "praisedBy" and o == "Piet Kroon" for _, p, o in got)


def test_who_brought_two_leaders_together_met_each_of_them():
    got = facts("In 1978 President Tom Hale brought together Prime Minister Ana Roth and President Piet Kroon for "
                "13 days of talks.")
    met = {frozenset((s, o)) for s, p, o in got if p == "metWith"}
    assert {frozenset(("Tom Hale", "Ana Roth")), frozenset(("Tom Hale", "Piet Kroon"))} <= met
    assert frozenset(("Ana Roth", "Piet Kroon")) in met  # the two brought together met each other
    assert not any(p == "metWith" for _, p, _ in facts("Tom Hale hopes to bring together Ana Roth and Piet Kroon."))
    # people met together by one subject ("A met B and C") do not meet each other
    got = facts("In 1978 President Tom Hale met Prime Minister Ana Roth and President Piet Kroon in Oslo.")
    assert not any(p == "metWith" and {s, o} == {"Ana Roth", "Piet Kroon"} for s, p, o in got)


def test_a_rank_that_ends_a_name_is_the_surname():
    got = facts("In London, Prime Minister John Major said he was overjoyed and praised Tom Hale's patience.",
                dateline="August 8, 1991")
    assert ("John Major", "leaderOf", "United Kingdom") in got
    assert ("Tom Hale", "praisedBy", "John Major") in got


def test_paying_tribute_to_someone_is_praise():
    got = facts("Tom Hale paid tribute to President Ana Roth, whose aides had spent months on the talks.")
    assert ("Ana Roth", "praisedBy", "Tom Hale") in got
    assert not any(p == "praisedBy" for _, p, _ in facts("Tom Hale refused to pay tribute to President Ana Roth."))


def test_thanking_a_places_people_named_after_a_comma_thanks_those_people():
    got = facts("Tom Hale thanked Ana Roth, and also thanked Utah's senators, Piet Kroon and Karel Visser, for "
                "pushing his case.")
    assert {("Piet Kroon", "praisedBy", "Tom Hale"), ("Karel Visser", "praisedBy", "Tom Hale")} <= got
    assert ("Ana Roth", "praisedBy", "Tom Hale") in facts("Tom Hale praised Ana Roth's efforts.")


def test_a_trip_to_a_place_to_meet_someone_is_the_travellers_meeting_not_the_places():
    got = facts("Tom Hale's previous trip to Pyongyang, in July 2000, was to meet Ana Roth's father, Piet Kroon.")
    assert ("Tom Hale", "metWith", "Piet Kroon") in got or ("Piet Kroon", "metWith", "Tom Hale") in got
    assert not any(p == "metWith" and "North Korea" in (s, o) for s, p, o in got)


def test_is_to_before_a_verb_is_an_arrangement_not_a_told_event():
    for plan in ("The pope arrives in Mexico City on Friday, where he is to be received by President Tom Hale.",
                 "Tom Hale is to meet Ana Roth in Geneva next week."):
        assert not any(p == "metWith" for _, p, _ in facts(plan)), plan
    assert any(p == "metWith" for _, p, _ in facts("Tom Hale's trip to Geneva was to meet Ana Roth."))


def test_a_counted_group_with_a_participle_phrase_before_its_members_is_those_members():
    got = facts("The Treasury Department designated two Bolivian nationals wanted by the FBI, Pablo Ruiz "
                "and Jorge Vega, on Tuesday.")
    assert ("U.S. Treasury Department", "sanctionsImposedOn", "Pablo Ruiz") in got
    assert ("U.S. Treasury Department", "sanctionsImposedOn", "Jorge Vega") in got


def test_a_clause_between_a_group_and_two_names_makes_them_no_members():
    got = facts("The Treasury Department designated two Bolivian firms that Pablo Ruiz runs, Canada "
                "and Mexico said.")
    assert not {f for f in got if f[2] in {"Pablo Ruiz", "Canada", "Mexico"} and f[1] == "sanctionsImposedOn"}


def test_the_freed_told_again_by_an_irregular_plural_noun_go_where_it_says():
    got = facts("Norway on Friday released 40 Russian fishermen held since March. The fishermen were handed over "
                "to Russia at the border crossing.")
    assert ("40 Russian fishermen", "releasedTo", "Russia") in got
    got = facts("Norway on Friday released five Russian sailors held since March. The men were flown to Russia.")
    assert ("five Russian sailors", "releasedTo", "Russia") in got
    # the same nouns with no release told before them: nobody goes anywhere
    got = facts("Norway arrested five Russian sailors in March. The men were flown to Russia.")
    assert not any(p == "releasedTo" for s, p, o in got)


def test_a_leaders_title_before_a_comma_and_a_name_leads_the_country_the_dated_table_gives():
    got = facts("Reporters questioned the prime minister, Justin Trudeau, about the new measures.",
                dateline="October 4, 2021")
    assert ("Justin Trudeau", "Canada") in leaders(got)
    got = facts("The Taoiseach, Charles Haughey, welcomed the news in Dublin.", dateline="August 24, 1990")
    assert ("Charles Haughey", "Ireland") in leaders(got)
    # the table has him out of that office on the article's date, or in no such office: he leads nothing
    got = facts("Reporters questioned the prime minister, Justin Trudeau, about the new measures.",
                dateline="October 4, 2010")
    assert not leaders(got)
    got = facts("Reporters questioned the president, Tom Hale, about the new measures.")
    assert not leaders(got)


def test_a_joint_title_holds_each_office_the_dated_table_gives():
    got = facts("The summit was convened by Crown Prince and Prime Minister Mohammed bin Salman in Riyadh. Later, "
                "Tom Hale held talks with Prince Mohammed.", dateline="November 11, 2023")
    assert ("Mohammed bin Salman", "Saudi Arabia") in leaders(got)
    assert ("Tom Hale", "metWith", "Mohammed bin Salman") in got  # the leader is then known by his first name
    # before he became prime minister, the joint title is no office the table gives him
    got = facts("The summit was convened by Crown Prince and Prime Minister Mohammed bin Salman in Riyadh.",
                dateline="November 11, 2020")
    assert not leaders(got)


def test_a_past_ability_to_meet_is_a_told_meeting_a_future_or_refused_one_is_not():
    for told in ("Tom Hale was able to meet Ana Roth in Geneva last week.",
                 "Tom Hale and Piet Kroon were able for the first time to meet Ana Roth in Geneva."):
        assert ("Tom Hale", "metWith", "Ana Roth") in facts(told), told
    for untold in ("Tom Hale will be able to meet Ana Roth in Geneva next week.",
                   "Tom Hale refused for the first time to meet Ana Roth in Geneva.",
                   "Tom Hale was unable to meet Ana Roth in Geneva."):
        assert not any(p == "metWith" for _, p, _ in facts(untold)), untold


def test_her_with_no_woman_known_is_the_one_other_person_named_before_it_in_its_sentence():
    got = facts("Tom Hale, who was with Prime Minister Ana Roth in Oslo on the day of the vote, met her there for "
                "talks on the crisis.")
    assert ("Tom Hale", "metWith", "Ana Roth") in got or ("Ana Roth", "metWith", "Tom Hale") in got
    # two people it may stand for, or only a man: nobody
    got = facts("Tom Hale praised Piet Kroon and Karel Visser, and later met her in Oslo.")
    assert not any(p == "metWith" for _, p, _ in got)
    got = facts("Tom Hale criticised Mr. Jan Vos, hours before sitting down with her in Oslo.")
    assert not any(p == "metWith" for _, p, _ in got)


def test_the_subject_of_a_sentence_meets_whom_it_sat_down_with_before_or_after():
    got = facts("Tom Hale gave an interview criticising Piet Kroon, hours before sitting down with Ana Roth in Oslo.")
    assert ("Tom Hale", "metWith", "Ana Roth") in got or ("Ana Roth", "metWith", "Tom Hale") in got
    got = facts("Tom Hale refused to comment before meeting Ana Roth in Oslo.")
    assert not any(p == "metWith" for _, p, _ in got)


def test_him_is_a_person_not_a_monument_named_before_it():
    got = facts("Piet Kroon toured the Shore Temple, where Tom Hale met him.")
    assert ("Tom Hale", "metWith", "Piet Kroon") in got or ("Piet Kroon", "metWith", "Tom Hale") in got
    assert not any(p == "metWith" and "Shore Temple" in (s, o) for s, p, o in got)


def test_a_title_and_surname_alone_are_the_leader_the_dated_table_names_for_that_date():
    got = facts("President Clinton signed the order at the White House.", dateline="March 12, 1996")
    assert ("Bill Clinton", "United States") in leaders(got)
    # two presidents of that surname in the table's rows: the article's word stays the name
    got = facts("President Bush signed the order at the White House.", dateline="")
    assert not any(s in ("George W. Bush", "George H. W. Bush") for s, _ in leaders(got))


def test_a_year_told_as_a_deadline_does_not_date_an_article_with_no_year():
    body = ("President Clinton and Tom Hale agreed on cuts to 2,500 warheads by the end of 2007, on condition that "
            "the treaty signed in 1993 is ratified.")
    assert ("Bill Clinton", "United States") in leaders(facts(body, dateline="March 21"))
    # a year the article tells of, after his term: he no longer led
    body = "President Clinton and Tom Hale recalled the treaty they signed in 1993, which lapsed in 2007."
    assert not leaders(facts(body, dateline="March 21"))


def test_the_people_who_open_a_clause_at_which_after_a_meeting_noun_took_part_in_it():
    got = facts("The deal follows talks in Oslo last week at which envoy Tom Hale and negotiator Ana Roth agreed on "
                "its outlines.")
    assert ("Tom Hale", "metWith", "Ana Roth") in got or ("Ana Roth", "metWith", "Tom Hale") in got
    for untold in ("The deal needs talks in Oslo next week at which Tom Hale and Ana Roth would agree on its outlines.",
                   "Tom Hale proposed talks in Oslo at which Piet Kroon and Ana Roth could agree on its outlines."):
        assert not any(p == "metWith" for _, p, _ in facts(untold)), untold


def test_a_second_by_phrase_after_a_passive_verb_is_a_second_agent():
    got = facts("Tom Hale was received at the palace by Ana Roth, and by Piet Kroon.")
    assert {("Ana Roth", "metWith", "Tom Hale"), ("Piet Kroon", "metWith", "Tom Hale")} <= {
        (s, p, o) if s != "Tom Hale" else (o, p, s) for s, p, o in got}
    # a "by" phrase of another verb after the comma is no agent of this one
    got = facts("Tom Hale was received at the palace by Ana Roth, and Piet Kroon was later greeted by reporters.")
    assert not any(p == "metWith" and "Piet Kroon" in (s, o) for s, p, o in got)


def test_the_head_of_the_junta_leads_the_country_the_dated_table_has_him_leading():
    # "the junta" after a sentence naming another country: the table, not the last country, tells whose junta
    got = facts("Myanmar freed the reporter on Monday, and the United States welcomed the release. Tom Hale said he "
                "had met Senior General Min Aung Hlaing, the head of the junta, in the capital.",
                dateline="November 15, 2021")
    assert ("Min Aung Hlaing", "Myanmar") in leaders(got)
    assert not any(o == "United States" and s == "Min Aung Hlaing" for s, o in leaders(got))


def test_he_right_after_said_is_the_speaker_not_a_name_in_the_speakers_description():
    got = facts("Tom Hale, a former governor of Utah and US ambassador to the United Nations, said he had met Piet "
                "Kroon in Oslo.")
    assert ("Tom Hale", "metWith", "Piet Kroon") in got or ("Piet Kroon", "metWith", "Tom Hale") in got
    assert not any(p == "metWith" and "Tom Hale" not in (s, o) for s, p, o in got)
    # "who said he": the one the relative clause is about
    got = facts("Tom Hale praised Piet Kroon, who said he had met Ana Roth in Oslo.")
    assert ("Piet Kroon", "metWith", "Ana Roth") in got or ("Ana Roth", "metWith", "Piet Kroon") in got


def test_a_second_he_in_a_sentence_is_the_first_past_possessors_and_objects():
    got = facts("Tom Hale said he had raised Piet Kroon's case when he met Ana Roth in Oslo.")
    assert ("Tom Hale", "metWith", "Ana Roth") in got or ("Ana Roth", "metWith", "Tom Hale") in got
    assert not any(p == "metWith" and "Piet Kroon" in (s, o) for s, p, o in got)
    # a person who opens a clause of their own between them is the new "he"
    got = facts("Tom Hale said he had called Piet Kroon, and Karel Visser said he met Ana Roth in Oslo.")
    assert not any(p == "metWith" and {s, o} == {"Tom Hale", "Ana Roth"} for s, p, o in got)


def test_initials_one_after_another_and_a_particle_stay_inside_a_name():
    got = facts("Tom Hale met President P. W. van Dijk in Pretoria on Monday.")
    assert ("Tom Hale", "metWith", "P. W. van Dijk") in got or ("P. W. van Dijk", "metWith", "Tom Hale") in got
    # an initial that ends a sentence is no part of the name after it
    got = facts("Tom Hale met Ana Roth at Camp B. Piet Kroon was not there.")
    assert not any("B. Piet" in s or "B. Piet" in o for s, _, o in got)


def test_who_sat_beside_someone_met_them():
    got = facts("Tom Hale sat beside Ana Roth in the Oval Office on Friday.")
    assert ("Tom Hale", "metWith", "Ana Roth") in got or ("Ana Roth", "metWith", "Tom Hale") in got
    # two judges who sat on one panel did not meet as parties
    got = facts("Judge Tom Hale and Judge Ana Roth sat on the appeals panel in 2020.")
    assert not any(p == "metWith" for _, p, _ in got)


def test_two_countries_delegations_or_negotiators_who_met_are_the_countries_meeting():
    got = facts("U.S. and Russian delegations then met in Saudi Arabia.")
    assert ("United States", "metWith", "Russia") in got or ("Russia", "metWith", "United States") in got
    got = facts("Russian negotiators met Tom Hale in Geneva on Monday.")
    assert ("Russia", "metWith", "Tom Hale") in got or ("Tom Hale", "metWith", "Russia") in got
    got = facts("U.S. and Russian delegations are expected to meet in Saudi Arabia next week.")
    assert not any(p == "metWith" for _, p, _ in got)


def test_an_organisation_after_a_heads_title_may_open_with_a_demonym_and_end_in_a_known_head_word():
    got = facts("Tom Hale, the president of the African National Congress, spoke on Monday.")
    assert ("Tom Hale", "African National Congress") in leaders(got)
    got = facts("Ana Roth, chairman of the Cuban American National Foundation, praised the bill.")
    assert ("Ana Roth", "Cuban American National Foundation") in leaders(got)
    # a demonym and a capitalised word before a plain noun name no organisation
    got = facts("Ana Roth, a leader of the Cuban American community, praised the bill.")
    assert not leaders(got)


def test_a_jailed_or_detained_leader_still_leads():
    got = facts("Tom Hale, the jailed leader of the National Liberation Movement, was freed on Sunday.")
    assert ("Tom Hale", "National Liberation Movement") in leaders(got)
    got = facts("Tom Hale, the former leader of the National Liberation Movement, was freed on Sunday.")
    assert not leaders(got)


def test_a_body_the_gazetteer_does_not_know_before_s_and_a_heads_title_is_led_by_the_name_after_the_comma():
    got = facts("The Mirador Trust's executive director, Tom Hale, said the crew had done nothing wrong.")
    assert ("Tom Hale", "Mirador Trust") in leaders(got)
    # a person named before: their aide is no head of them
    got = facts("Piet Kroon arrived on Monday. Kroon's chief executive, Tom Hale, said the talks went well.")
    assert not any(o in ("Kroon", "Piet Kroon") for _, o in leaders(got))
    got = facts("The Kremlin Trust's spokesman, Tom Hale, said the crew had done nothing wrong.")
    assert not leaders(got)


def test_counted_nurses_medics_spies_and_marines_are_groups_whose_members_are_named_after():
    got = facts("Syria on Friday freed four Italian nurses held since May. They were named as Anna Berti, "
                "Carla Moretti, Elena Fabbri and Giulia Conti.")
    assert {("Syria", "released", n) for n in ("Anna Berti", "Carla Moretti", "Elena Fabbri", "Giulia Conti")} <= got
    got = facts("Russia released two American spies and three marines on Friday.")
    assert {("Russia", "released", "two American spies"), ("Russia", "released", "three marines")} <= got
    # the same group with no release: its members are named, not freed
    got = facts("Syria on Friday hired four Italian nurses. They were named as Anna Berti, Carla Moretti, "
                "Elena Fabbri and Giulia Conti.")
    assert not any(p == "released" for _, p, _ in got)


def test_all_three_or_both_standing_alone_are_the_people_told_just_before():
    got = facts("The treaty was initialled by Ana Roth, Piet Kroon and Karel Visser. Tom Hale thanked all three "
                "for their courage.")
    assert {(n, "praisedBy", "Tom Hale") for n in ("Ana Roth", "Piet Kroon", "Karel Visser")} <= got
    got = facts("Ana Roth met Piet Kroon in Oslo. Tom Hale praised both for their courage.")
    assert {("Ana Roth", "praisedBy", "Tom Hale"), ("Piet Kroon", "praisedBy", "Tom Hale")} <= got
    # with a noun after the number it is another set ("all three countries"), not those people
    got = facts("The treaty was initialled by Ana Roth, Piet Kroon and Karel Visser. Tom Hale thanked all three "
                "countries for their help.")
    assert not any(p == "praisedBy" for _, p, _ in got)


def test_praise_of_a_quality_of_someone_praises_them_also_when_the_quality_is_quoted():
    assert ("Norway", "praisedBy", "Tom Hale") in facts("Tom Hale praised the efforts of Norway.")
    got = facts('Tom Hale praised the "courage and persistence" of the Cuban Church.')
    assert ("Cuban Church", "praisedBy", "Tom Hale") in got
    # "of" inside another phrase after the object is not the object's
    assert not any(p == "praisedBy" for _, p, _ in facts("Tom Hale praised the deal in the capital of Norway."))


def test_a_counted_group_with_where_it_comes_from_then_its_members_in_a_list_of_the_freed():
    got = facts("Russia on Friday freed 5 foreign nationals. They included two Britons – Aiden Ash and Shaun Pine – "
                "as well as two US veterans from Alabama, Alex Drue and Andy Hunt, and Brahim Saad, a Moroccan "
                "student. The five were flown to Riyadh.")
    for name in ("Aiden Ash", "Shaun Pine", "Alex Drue", "Andy Hunt", "Brahim Saad"):
        assert ("Russia", "released", name) in got and (name, "releasedTo", "Riyadh") in got
    assert not any("veterans" in s for s, p, o in got)
    # the place the group comes from frees no one
    got = facts("Russia on Friday freed two US veterans from Alabama, Alex Drue and Andy Hunt.")
    assert {("Russia", "released", "Alex Drue"), ("Russia", "released", "Andy Hunt")} <= got
    assert not any(p == "released" and s != "Russia" for s, p, o in got)


def test_a_given_name_alone_before_and_and_a_full_name_shares_its_surname():
    got = facts("In November Turkey freed Mordy and Natali Oknin, an Israeli couple arrested for taking photographs.")
    assert {("Turkey", "released", "Mordy Oknin"), ("Turkey", "released", "Natali Oknin")} <= got
    # a word of a firm's name before "and" is no given name
    got = facts("Two of his firms, Concord Management and Consulting and Concord Catering, were also blacklisted "
                "by the Treasury.")
    assert not any("Consulting Catering" in (s, o) for s, p, o in got)
    # nor a word that is never a name ("Reuters")
    got = facts("Tom Hale thanked Reuters and Al Jazeera for their coverage.")
    assert not any("Reuters Jazeera" in (s, o) for s, p, o in got)


def test_the_administration_is_the_country_of_the_administration_the_article_named():
    got = facts("The Trump administration imposed sanctions on Iran on Monday. Tom Hale thanked Ana Roth and the "
                "administration for taking a stand.")
    assert {("Ana Roth", "praisedBy", "Tom Hale"), ("United States", "praisedBy", "Tom Hale")} <= got
    # no administration named before: "the administration" is no one kg knows
    got = facts("Britain imposed sanctions on Iran on Monday. Tom Hale praised the administration for its resolve.")
    assert not any(p == "praisedBy" for _, p, _ in got)


def test_scare_quotes_around_a_praise_word_still_tell_the_praise():
    assert ("Norway", "praisedBy", "Tom Hale") in facts('Tom Hale on Thursday "warmly thanked" Norway for the release.')
    assert ("Norway", "praisedBy", "Tom Hale") in facts('Tom Hale said he was "grateful" to Norway for its effort.')
    # the quoted word keeps its scope: a negated one tells nothing
    got = facts('Tom Hale said he was not "grateful" to Norway for anything.')
    assert not any(p == "praisedBy" for _, p, _ in got)


def test_a_name_with_two_lowercase_particles_stays_whole():
    assert ("Iraq", "released", "Angelo de la Cruz") in facts("Iraq on Tuesday freed Filipino truck driver Angelo "
                                                             "de la Cruz.")


def test_a_released_person_who_crossed_into_the_country_that_freed_them_went_there_to_be_held():
    got = facts("North Korean leader Kim Jong Il freed Tom Hale on Friday. Hale, who had been teaching in Seoul, "
                "crossed into North Korea from China on Jan. 25.")
    assert ("Kim Jong Il", "released", "Tom Hale") in got
    assert not any(p == "releasedTo" for _, p, _ in got)
    # crossing into another country after the release is a destination
    got = facts("Israel freed Tom Hale on Friday. Hale crossed into Lebanon on Saturday.")
    assert ("Tom Hale", "releasedTo", "Lebanon") in got


def test_granting_someone_a_quoted_amnesty_frees_them():
    assert ("North Korea", "released", "Tom Hale") in facts("North Korea granted Tom Hale an amnesty on Friday.")
    assert ("North Korea", "released", "Tom Hale") in facts('North Korea granted Tom Hale a "special amnesty" on '
                                                           'Friday.')
    # an amnesty only talked of frees no one
    assert not any(p == "released" for _, p, _ in facts("North Korea may grant Tom Hale an amnesty."))


def test_a_counted_group_and_one_more_of_a_kind_is_one_group():
    got = facts("On Sunday, Norway freed three police officers and a soldier, who were flown to Florencia.")
    assert ("Norway", "released", "three police officers and a soldier") in got
    assert ("three police officers and a soldier", "releasedTo", "Florencia") in got
    # one more of something that is no group noun stays out of the group
    assert ("Norway", "released", "two prisoners") in facts("Norway freed two prisoners and a dog on Friday.")


def test_while_and_a_participle_after_a_comma_takes_the_opening_subject():
    got = facts("Tom Hale addressed the nation and praised Ana Roth, while thanking the government of Canada.")
    assert {("Ana Roth", "praisedBy", "Tom Hale"), ("Canada", "praisedBy", "Tom Hale")} <= got
    # a clause of its own after "while" keeps its own subject
    got = facts("Tom Hale arrived on Monday, while protesters were thanking Canada.")
    assert not any(p == "praisedBy" for _, p, _ in got)


def test_allowing_named_people_to_leave_or_return_frees_them():
    got = facts("A month later, North Korea allowed five abductees to return to Japan.")
    assert {("North Korea", "released", "five abductees"), ("five abductees", "releasedTo", "Japan")} <= got
    assert ("Iran", "released", "Tom Hale") in facts("Iran on Friday allowed Tom Hale to leave the country.")
    # refused, or not named in the sentence: nobody is freed by it
    assert not any(p == "released" for _, p, _ in facts("North Korea refused to allow five abductees to return."))
    got = facts("Five abductees were seized in 1978. On Tuesday Pyongyang allowed them to leave.")
    assert not any(p == "released" for _, p, _ in got)
    # a visit is no release
    assert not any(p == "released" for _, p, _ in facts("North Korea allowed five journalists to visit Pyongyang."))


def test_a_quotation_after_the_last_name_of_a_list_ends_the_list_but_keeps_the_name():
    got = facts('Tom Hale thanked Ana Roth and Piet Kroon "for the part they have played," and left.')
    assert {("Ana Roth", "praisedBy", "Tom Hale"), ("Piet Kroon", "praisedBy", "Tom Hale")} <= got
    # a short quoted description after a name still names what follows, not a member of its own
    got = facts('The EU sanctioned Ana Roth and the St Petersburg "troll factory" on Monday.')
    assert not any(o == "St Petersburg" for s, p, o in got)


def test_a_second_praise_verb_after_a_closing_quotation_and_and_shares_the_subject():
    got = facts('Tom Hale thanked Ana Roth "for the part she has played," and paid tribute to Karel Visser.')
    assert {("Ana Roth", "praisedBy", "Tom Hale"), ("Karel Visser", "praisedBy", "Tom Hale")} <= got
    # a clause with a reporting verb before the quotation keeps the reported words apart
    got = facts('Tom Hale said Ana Roth was "a partner," and thanked Karel Visser.')
    assert ("Karel Visser", "praisedBy", "Ana Roth") not in got


def test_a_semicolon_list_goes_on_past_a_relative_clause_and_a_description_before_the_last_name():
    got = facts("Russia freed Tom Hale on Thursday. Those released by Russia included Hale, 32, who was arrested in "
                "Moscow; Ana Roth, 47, an editor who holds U.S. and Russian citizenship; and opposition politician "
                "Piet Kroon, 41.")
    assert {("Russia", "released", n) for n in ("Tom Hale", "Ana Roth", "Piet Kroon")} <= got
    # a clause of the sentence's own (no relative pronoun) with a verb kg reads still ends the list
    got = facts("The EU sanctioned Tom Hale; Ana Roth met Piet Kroon in Oslo; and Karel Visser left.")
    assert ("European Union", "sanctionsImposedOn", "Piet Kroon") not in got


def test_a_reported_state_of_someone_else_leaves_the_thanks_to_the_speaker():
    got = facts("Tom Hale said Ana Roth had been freed from her long captivity and thanked the governments of the "
                "United States and Afghanistan for their help.")
    assert {("United States", "praisedBy", "Tom Hale"), ("Afghanistan", "praisedBy", "Tom Hale")} <= got
    got = facts("Tom Hale said the four were in good health and thanked Norway.")
    assert ("Norway", "praisedBy", "Tom Hale") in got
    # a reported act of someone else may be theirs: not the speaker's
    got = facts("Tom Hale said Ana Roth had landed and thanked Piet Kroon.")
    assert ("Piet Kroon", "praisedBy", "Tom Hale") not in got


def test_the_council_capitalised_alone_is_the_council_named_before():
    got = facts("The UN Security Council lifted the embargo on Rwanda on Monday. Tom Hale thanked the Council, "
                "saying the measures had outlived their purpose.")
    assert ("United Nations Security Council", "praisedBy", "Tom Hale") in got
    # a council of its own name is that council
    got = facts("The UN Security Council lifted the embargo on Rwanda on Monday. Tom Hale thanked the Council of "
                "Europe.")
    assert ("United Nations Security Council", "praisedBy", "Tom Hale") not in got


def test_calling_someone_an_exceptional_leader_after_a_day_is_praise():
    got = facts('Tom Hale on Monday called Prime Minister Ana Roth "an exceptional leader" and "a great champion of '
                'her country".')
    assert ("Ana Roth", "praisedBy", "Tom Hale") in got
    # a negated description is no praise
    assert not any(p == "praisedBy" for _, p, _ in facts('Tom Hale called Ana Roth "no champion of democracy".'))


def test_a_hyphenated_description_after_a_possessor_keeps_the_names_after_it():
    got = facts("Canada has imposed sanctions on two of Belarus's most senior hard-line ministers, Pablo Ruiz "
                "and Jorge Vega, on Tuesday.")
    assert {("Canada", "sanctionsImposedOn", "Pablo Ruiz"), ("Canada", "sanctionsImposedOn", "Jorge Vega")} <= got
    # the possessor's own state is no target
    assert ("Canada", "sanctionsImposedOn", "Belarus") not in got


def test_the_sanctioned_group_told_again_by_its_noun_lists_its_members():
    got = facts("The Treasury imposed sanctions on four tycoons on Monday. Alongside Tom Hale, the tycoons included "
                "Pablo Ruiz, 61, chairman of a steel group; and Jorge Vega, 52, a senator.")
    assert {("U.S. Treasury Department", "sanctionsImposedOn", "Pablo Ruiz"),
            ("U.S. Treasury Department", "sanctionsImposedOn", "Jorge Vega")} <= got
    # a group the article never said was sanctioned lists no designees
    got = facts("The Treasury imposed sanctions on Iran on Monday. Four tycoons attended the hearing. The tycoons "
                "included Pablo Ruiz and Jorge Vega.")
    assert not {o for s, p, o in got if p == "sanctionsImposedOn"} & {"Pablo Ruiz", "Jorge Vega"}


def test_a_counted_group_with_a_participle_phrase_as_subject_lists_the_members_of_the_sanction():
    got = facts("Norway said it was barring three Russian officials from entering the country. The three officials "
                "barred from the country are Pablo Ruiz; the head of the border guard, Jorge Vega; and Tom Hale.")
    assert {("Norway", "sanctionsImposedOn", x) for x in ("Pablo Ruiz", "Jorge Vega", "Tom Hale")} <= got
    # the same subject after a release is no list of designees
    got = facts("Norway released three Russian fishermen on Monday. The three fishermen freed from the jail are "
                "Pablo Ruiz, Jorge Vega and Tom Hale.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)


def test_a_group_then_a_clause_then_a_colon_lists_its_members():
    got = facts("The Treasury Department blacklisted two shipping firms that it said carry coal for the N.K.R.'s "
                "army: Alpha Maritime, a Panama-flagged operator; and the broker Delta Freight Holdings.")
    assert {("U.S. Treasury Department", "sanctionsImposedOn", "Alpha Maritime"),
            ("U.S. Treasury Department", "sanctionsImposedOn", "Delta Freight Holdings")} <= got
    # a colon after a clause with a name of its own opens no list of the group's members
    got = facts("The Treasury Department blacklisted two shipping firms that Pablo Ruiz runs, officials said: "
                "Alpha Maritime and Delta Freight Holdings were not among them.")
    assert not {o for s, p, o in got if p == "sanctionsImposedOn"} & {"Alpha Maritime", "Delta Freight Holdings"}


def test_a_hyphenated_role_before_a_comma_keeps_the_member_after_it():
    got = facts("The European Union imposed sanctions on three senior officials: the vice-president, Pablo Ruiz; "
                "the prime minister, Jorge Vega; and the interior minister, Tom Hale.")
    assert {("European Union", "sanctionsImposedOn", x) for x in ("Pablo Ruiz", "Jorge Vega", "Tom Hale")} <= got


def test_the_people_named_after_a_possessor_and_their_noun_are_the_target_not_the_possessor():
    got = facts("The State Department barred Tom Hale from entering the United States. The designation also covers "
                "Hale's sons Pablo Hale and Jorge Hale.")
    assert {("United States Department of State", "sanctionsImposedOn", "Pablo Hale"),
            ("United States Department of State", "sanctionsImposedOn", "Jorge Hale")} <= got
    got = facts("Canada sanctioned Tom Hale's company on Friday.")
    assert not any(p == "sanctionsImposedOn" and o == "Tom Hale" for s, p, o in got)


def test_a_short_name_in_brackets_inside_a_list_before_the_verb_keeps_the_list_whole():
    got = facts("The Treasury imposed sanctions on Iran on Monday. The Islamic Republic of Iran Shipping Lines "
                "(IRISL) and the Central Bank of Iran were designated as well.")
    assert {("U.S. Treasury Department", "sanctionsImposedOn", "Islamic Republic of Iran Shipping Lines"),
            ("U.S. Treasury Department", "sanctionsImposedOn", "Central Bank of Iran")} <= got


def test_counted_figures_are_a_group_a_sanction_can_fall_on():
    got = facts("The European Union on Monday blacklisted three senior army figures, subjecting them to a travel "
                "ban.")
    assert ("European Union", "sanctionsImposedOn", "three senior army figures") in got
    assert not any(p == "sanctionsImposedOn" for s, p, o in facts("Three senior army figures attended the talks "
                                                                   "with the European Union on Monday."))


def test_a_surname_of_a_person_named_before_is_that_person_not_a_town_of_that_name():
    got = facts("The central bank, whose governor Ana Valencia resigned last year, was blamed for the crisis. The "
                "Treasury imposed sanctions on 12 officials, among them Valencia and Jorge Vega, a former minister.")
    assert ("U.S. Treasury Department", "sanctionsImposedOn", "Ana Valencia") in got
    # with no one of that surname named before, the word is the town
    got = facts("The Treasury imposed sanctions on a bank based in Valencia on Friday.")
    assert not any(o == "Ana Valencia" for s, p, o in got)


def test_a_relative_clause_inside_an_item_of_a_semicolon_list_does_not_end_the_list():
    got = facts("Canada imposed sanctions on nine Russians. Those named included Pablo Ruiz; Jorge Vega, Putin's "
                "trade adviser; Tom Hale, the health secretary who visited Cuba in August; Ivan Petrov, a deputy "
                "minister who met Ana Roth in May; and Piet Kroon, the ambassador.")
    assert {("Canada", "sanctionsImposedOn", x) for x in ("Pablo Ruiz", "Jorge Vega", "Tom Hale", "Ivan Petrov",
                                                          "Piet Kroon")} <= got
    assert ("Canada", "sanctionsImposedOn", "Ana Roth") not in got


def test_names_that_are_also_on_the_list_are_more_targets_of_the_sanction_told_before():
    got = facts("China imposed sanctions on 28 Americans on Wednesday. Pablo Ruiz and Jorge Vega, Tom Hale's former "
                "strategist, were also on the list.")
    assert {("China", "sanctionsImposedOn", "Pablo Ruiz"), ("China", "sanctionsImposedOn", "Jorge Vega")} <= got
    assert ("China", "sanctionsImposedOn", "Tom Hale") not in got
    for trap in ("Pablo Ruiz was not on the list.", "Pablo Ruiz was on the list of speakers at the conference.",
                 "The ban spares Ana Roth, whom China sanctioned in 2020 and who remains on the list."):
        got = facts("China imposed sanctions on 28 Americans on Wednesday. " + trap)
        assert not {o for s, p, o in got if p == "sanctionsImposedOn"} & {"Pablo Ruiz", "China"}, trap


def test_members_after_a_travel_ban_to_a_body_named_by_its_noun_are_targets_too():
    got = facts("The European Union has also banned nine senior officials from travelling to the bloc, among them "
                "Pablo Ruiz, who was defence minister at the time.")
    assert ("European Union", "sanctionsImposedOn", "Pablo Ruiz") in got
    # a person in the phrase is no member
    got = facts("The European Union has also banned nine senior officials close to Tom Hale from travelling, among "
                "them Pablo Ruiz.")
    assert ("European Union", "sanctionsImposedOn", "Tom Hale") not in got


def test_a_participle_phrase_set_off_by_commas_after_the_list_noun_keeps_the_list():
    got = facts("The State Department barred Tom Hale from entering the United States. The designation, made under a "
                "section of the State Department's budget law, also covers Pablo Ruiz and Jorge Vega.")
    assert {("United States Department of State", "sanctionsImposedOn", "Pablo Ruiz"),
            ("United States Department of State", "sanctionsImposedOn", "Jorge Vega")} <= got
    # a clause of its own between commas is no such phrase
    got = facts("The State Department barred Tom Hale from entering the United States. The designation, Ana Roth "
                "said, covers Pablo Ruiz.")
    assert ("United States Department of State", "sanctionsImposedOn", "Ana Roth") not in got


def test_a_list_after_a_relative_clause_a_role_with_a_possessor_and_a_relative_clause_in_the_list():
    got = facts("The European Union imposed sanctions on 13 officials. That first list, which took effect on 10 May, "
                "included the president's younger brother, Pablo Ruiz, who commands the army's Fourth Division, and "
                "his cousin Jorge Vega, the country's richest businessman.")
    assert {("European Union", "sanctionsImposedOn", "Pablo Ruiz"),
            ("European Union", "sanctionsImposedOn", "Jorge Vega")} <= got
    # the body named inside the relative clause is no member
    assert not any(p == "sanctionsImposedOn" and "Division" in o for s, p, o in got)


def test_the_parties_that_announced_a_measure_act_and_the_holders_of_the_assets_are_its_targets():
    got = facts("The measures, announced on Tuesday in a joint statement by the foreign ministers of Canada, Norway "
                "and Japan, freeze any assets Pablo Ruiz holds in those countries and bar him from entering.")
    assert {(x, "sanctionsImposedOn", "Pablo Ruiz") for x in ("Canada", "Norway", "Japan")} <= got
    got = facts("Canada froze any assets Pablo Ruiz and Jorge Vega hold in the country.")
    assert {("Canada", "sanctionsImposedOn", "Pablo Ruiz"), ("Canada", "sanctionsImposedOn", "Jorge Vega")} <= got
    # an auxiliary after the measure is no holding: "restrictions that X had long said ..."
    got = facts("The council lifted the arms embargo on Mali, ending restrictions that President Pablo Ruiz had long "
                "said hurt his army.")
    assert not any(o == "Pablo Ruiz" for s, p, o in got if p.startswith("sanctions"))


def test_it_after_a_reporting_verb_is_the_one_country_named_before_and_its_counted_group_is_named_later():
    got = facts("Foreign Minister Ivan Petrov announced that Russia would expel ten diplomats and said it was barring "
                "seven American officials from entering the country. The move drew protests in Washington. Analysts "
                "called it symbolic. Markets barely moved. Trade talks were postponed. The United States had imposed "
                "sanctions on Russia a day earlier. The seven officials barred from the country include Pablo Ruiz; "
                "the trade envoy, Jorge Vega; and Tom Hale.")
    assert {("Russia", "sanctionsImposedOn", x) for x in ("Pablo Ruiz", "Jorge Vega", "Tom Hale")} <= got
    assert not {("United States", "sanctionsImposedOn", x) for x in ("Pablo Ruiz", "Jorge Vega", "Tom Hale")} & got
    # two countries before the reporting verb: "it" is left to the article
    got = facts("Ivan Petrov said Russia and Belarus would expel ten diplomats and said it was barring three "
                "American officials from entering the country.")
    assert not any(p == "sanctionsImposedOn" and s == "Belarus" for s, p, o in got)


def test_among_a_sanctioned_group_with_a_participle_phrase_was_a_member():
    got = facts("The Treasury imposed sanctions on 21 individuals and entities on Thursday. Among the 21 people and "
                "firms punished for the hacking was Pablo Ruiz, a consultant.")
    assert ("U.S. Treasury Department", "sanctionsImposedOn", "Pablo Ruiz") in got
    # a group freed, not punished, gives no target
    got = facts("The Treasury imposed sanctions on Iran on Thursday. Among the 21 prisoners freed on Friday was "
                "Pablo Ruiz, a consultant.")
    assert ("U.S. Treasury Department", "sanctionsImposedOn", "Pablo Ruiz") not in got


def test_people_alongside_a_sanctioned_person_are_targets_too():
    got = facts("The Treasury designated Pablo Ruiz under the narcotics law, alongside Jorge Vega, a businessman it "
                "called his frontman.")
    assert {("U.S. Treasury Department", "sanctionsImposedOn", "Pablo Ruiz"),
            ("U.S. Treasury Department", "sanctionsImposedOn", "Jorge Vega")} <= got
    # a body alongside the party acts with it, it is no target
    got = facts("Britain designated Pablo Ruiz alongside the European Union on Friday.")
    assert ("United Kingdom", "sanctionsImposedOn", "European Union") not in got


def test_a_reporter_naming_the_counted_targets_gives_their_members():
    got = facts("The European Union on Thursday imposed an asset freeze and travel ban on two senior employees of a "
                "state oil company. The Council of the EU said the two men were Pablo Ruiz, its vice-president, and "
                "Jorge Vega, a deputy director.")
    assert {("European Union", "sanctionsImposedOn", "Pablo Ruiz"),
            ("European Union", "sanctionsImposedOn", "Jorge Vega")} <= got
    # two men freed, not sanctioned: no designees
    got = facts("Iran on Friday freed two British sailors. The European Union imposed sanctions on Syria on Friday. "
                "The Council of the EU said the two men were Pablo Ruiz and Jorge Vega.")
    assert not {o for s, p, o in got if p == "sanctionsImposedOn"} & {"Pablo Ruiz", "Jorge Vega"}


def test_and_the_between_two_names_splits_them():
    got = facts("The Treasury on Friday imposed sanctions on Alphanet and the Civic Culture Foundation.")
    assert {("U.S. Treasury Department", "sanctionsImposedOn", "Alphanet"),
            ("U.S. Treasury Department", "sanctionsImposedOn", "Civic Culture Foundation")} <= got
    # "and" inside a name with no article after it keeps the name whole
    got = facts("The Treasury on Friday designated the Institute of Organic Chemistry and Technology.")
    assert any(o == "Institute of Organic Chemistry and Technology" for s, p, o in got)


def test_a_list_told_after_a_sanction_in_a_relative_clause_belongs_to_the_story_not_the_clause():
    got = facts("Norway on Monday imposed sanctions on Peru's president and 20 other officials. The measures follow "
                "similar steps by Chile, which has sanctioned Peruvian officials since May.\n\n"
                "The list includes Interior Minister Tomas Quiroga and army chief Ivo Salcedo.")
    assert ("Norway", "sanctionsImposedOn", "Tomas Quiroga") in got
    assert ("Chile", "sanctionsImposedOn", "Tomas Quiroga") not in got
    assert ("Chile", "sanctionsImposedOn", "Ivo Salcedo") not in got


def test_a_list_right_after_the_sanction_that_makes_it_still_takes_its_acting_party():
    got = facts("Norway on Monday imposed sanctions on 20 Peruvian officials. The list includes Interior Minister "
                "Tomas Quiroga and army chief Ivo Salcedo.")
    assert ("Norway", "sanctionsImposedOn", "Tomas Quiroga") in got


def test_the_bloc_after_the_council_of_the_union_is_the_union_itself():
    got = facts("The decision was taken at a meeting of the EU Council in Brussels. In 2015 the bloc suspended its "
                "travel ban on Peruvian President Ivo Tal.")
    assert ("European Union", "sanctionsLiftedOn", "Ivo Tal") in got
    assert not any(s == "Council of the European Union" for s, p, o in got if p == "sanctionsLiftedOn")


def test_the_council_after_the_council_of_the_union_is_still_the_council():
    got = facts("The EU Council met in Brussels on Monday. The council lifted its travel ban on Ivo Tal.")
    assert ("European Union", "sanctionsLiftedOn", "Ivo Tal") not in got


def test_the_leader_of_a_part_of_a_country_does_not_lead_the_country():
    got = facts("Ivo Tal, the leader of Moldova's breakaway Dniester region, said he would not attend. Ana Dorn, the "
                "head of Georgia's ruling party, welcomed the talks.")
    assert leaders(got) == set()


def test_the_leader_of_a_countrys_government_still_leads_the_country():
    got = facts("Kees Vell, the leader of Moldova's government, said he would attend.")
    assert ("Kees Vell", "Moldova") in leaders(got)


def test_who_heads_a_bodys_part_leads_neither_the_part_nor_the_body():
    got = facts("Ivo Tal, who heads Hezbollah's bloc in parliament, said he would not attend. Ana Dorn, who heads "
                "Hezbollah, spoke.")
    assert ("Ivo Tal", "Hezbollah") not in leaders(got)
    assert ("Ana Dorn", "Hezbollah") in leaders(got)


def test_a_list_goes_on_past_a_relative_clause_whose_object_is_named_again():
    got = facts("Norway designated Ivo Tal, who heads the ruling party's bloc in parliament, the Loyalty to the Nation, "
                "and Ana Dorn, a lawmaker for Lima.")
    assert {("Norway", "sanctionsImposedOn", "Ivo Tal"), ("Norway", "sanctionsImposedOn", "Ana Dorn")} <= got


def test_a_relative_clause_whose_object_is_named_again_does_not_open_a_list_with_its_own_verb():
    got = facts("Norway designated Ivo Tal, who heads the ruling party's bloc in parliament, the Loyalty Front, and "
                "Ana Dorn said the move was illegal.")
    assert ("Norway", "sanctionsImposedOn", "Ana Dorn") not in got


def test_it_after_a_sentence_about_the_list_names_the_listed_people():
    got = facts("Norway on Friday froze the assets of President Ivo Tal and 20 officials. The list, published as an "
                "annex to the order, reads like a who's who of the ruling party. Besides Tal himself, it names his "
                "wife Ana Tal; the two deputies, Bram Dorn and Kees Vell; and Interior Minister Tomas Quiroga.")
    sanctioned = {o for s, p, o in got if s == "Norway" and p == "sanctionsImposedOn"}
    assert {"Ana Tal", "Bram Dorn", "Kees Vell", "Tomas Quiroga"} <= sanctioned


def test_it_was_the_first_time_lists_no_one():
    got = facts("Norway on Friday froze the assets of President Ivo Tal. It was the first time the talks between "
                "Kees Vell and Bram Dorn had broken down.")
    sanctioned = {o for s, p, o in got if p == "sanctionsImposedOn"}
    assert not {"Kees Vell", "Bram Dorn"} & sanctioned


# --- releases, destinations and praise: session 12 (extract29) -------------------------------------------------


def test_them_after_some_of_them_is_the_whole_released_group_not_the_part():
    got = facts("Syria freed four Danish aid workers on Monday. They were named as Jens Holm, Lars Dahl, Mette Kjaer "
                "and Sofie Lund. Some of them looked thin as they walked to the car. Syrian officials then drove them "
                "to Beirut, where Danish diplomats waited.")
    dest = {s for s, p, o in got if p == "releasedTo" and o == "Beirut"}
    assert {"Jens Holm", "Lars Dahl", "Mette Kjaer", "Sofie Lund"} <= dest
    assert not any(s.lower().startswith("some of") for s, p, o in got)


def test_two_leaders_who_exchange_compliments_praise_each_other():
    got = facts("President Ana Sol of Peru and President Luis Vega of Chile met in Lima on Monday. At a dinner later, "
                "Sol and Vega exchanged compliments and pledged closer ties.")
    praise = {(s, o) for s, p, o in got if p == "praisedBy"}
    assert {("Ana Sol", "Luis Vega"), ("Luis Vega", "Ana Sol")} <= praise


def test_exchanging_compliments_with_someone_is_praise_of_them():
    got = facts("President Ana Sol of Peru exchanged compliments with President Luis Vega of Chile in Lima.")
    assert ("Luis Vega", "praisedBy", "Ana Sol") in got


def test_leaders_who_exchange_insults_or_prisoners_praise_no_one():
    got = facts("President Ana Sol of Peru and President Luis Vega of Chile exchanged insults in Lima on Monday.")
    assert not {p for s, p, o in got if p == "praisedBy"}


def test_a_list_goes_on_past_an_apposition_that_ends_in_a_relative_clause():
    got = facts("Peru freed six Chilean fishermen on Monday. Those freed included Pablo Rios, a 40-year-old captain "
                "who ran a trawler out of Arica, and Tomas Vidal, 33, who worked as a cook.")
    freed = {o for s, p, o in got if s == "Peru" and p == "released"}
    assert {"Pablo Rios", "Tomas Vidal"} <= freed


def test_a_new_clause_after_an_apposition_with_a_relative_clause_is_no_list_member():
    got = facts("Peru freed six Chilean fishermen on Monday. Those freed included Pablo Rios, a 40-year-old captain "
                "who ran a trawler out of Arica, and Tomas Vidal said the men were tired.")
    freed = {o for s, p, o in got if p == "released"}
    assert "Pablo Rios" in freed and "Tomas Vidal" not in freed


def test_a_spouse_named_by_a_given_name_after_a_full_name_shares_its_surname():
    got = facts("Peru released Pablo Rios and Lars Holm and his wife Eva late on Sunday.")
    freed = {o for s, p, o in got if p == "released"}
    assert "Eva Holm" in freed and "Eva" not in freed
    got = facts("Peru released Lars Holm, 45, his wife Eva, 44, and Pablo Rios, 40, late on Sunday.")
    assert "Eva Holm" in {o for s, p, o in got if p == "released"}


def test_a_spouse_named_in_full_keeps_her_own_name():
    got = facts("Peru released Lars Holm of Denmark and his wife Eva Lind late on Sunday.")
    freed = {o for s, p, o in got if p == "released"}
    assert "Eva Lind" in freed and "Eva Holm" not in freed


def test_the_people_of_a_where_clause_not_the_travellers_are_who_is_to_meet():
    got = facts("President Ana Sol of Peru flew to Lima on Monday, where Pablo Rios and Tomas Vidal were waiting "
                "to meet Lars Holm.")
    assert not {(s, o) for s, p, o in got if p == "metWith" and "Ana Sol" in (s, o)}


def test_the_captor_named_in_the_sentence_after_a_release_freed_the_group():
    got = facts("Four Danish aid workers have been freed, officials said on Tuesday. They were seized from their "
                "homes in the northern town of Gao in May 2019 by the Islamic State group.")
    assert ("Islamic State", "released", "four Danish aid workers") in got


def test_a_wing_of_a_group_that_held_people_is_not_the_group_itself():
    got = facts("Four Danish aid workers held by al Qaeda's North African wing have been freed, officials said.")
    assert not {s for s, p, o in got if p == "released"} & {"al-Qaeda"}


def test_people_held_in_a_country_for_a_span_of_time_are_the_ones_released():
    got = facts("Four Danish aid workers held in Mali for more than two years have been freed, officials said.")
    assert ("Mali", "released", "four Danish aid workers") in got


def test_people_kidnapped_by_a_group_at_a_place_some_years_ago_are_the_ones_released():
    got = facts("Four Danish aid workers kidnapped by the Islamic State group at a mining site in Niger more than "
                "three years ago have been freed, officials said on Tuesday.")
    assert ("Islamic State", "released", "four Danish aid workers") in got
    assert not {o for s, p, o in got if p == "released"} & {"Niger", "Islamic State"}


def test_the_men_two_sentences_after_the_four_are_the_group_the_four_stood_for():
    got = facts("Syria freed four Danish aid workers on Monday. Officials named them as Jens Holm, Lars Dahl, Erik "
                "Kjaer and Mads Lund. Ministers said the four were in good health. \"We are grateful,\" a minister "
                "said. The men were flown to Beirut on Tuesday.")
    dest = {s for s, p, o in got if p == "releasedTo" and o == "Beirut"}
    assert {"Jens Holm", "Lars Dahl", "Erik Kjaer", "Mads Lund"} <= dest


def test_a_question_word_that_opens_a_sentence_is_no_part_of_a_name():
    got = facts("What Joe Biden said afterwards, standing beside Justin Trudeau in Ottawa, surprised reporters.",
                dateline="October 4, 2022")
    assert not any(s.startswith("What ") or o.startswith("What ") for s, p, o in got)


def test_the_national_office_of_a_leader_named_without_a_title_is_read_from_the_dated_table():
    got = facts("Xi Jinping hosted Vladimir Putin in Beijing on Thursday. The Russian president thanked Xi for his "
                "initiatives.", dateline="May 16, 2024")
    assert ("Xi Jinping", "praisedBy", "Vladimir Putin") in got
    got = facts("Xi Jinping hosted Vladimir Putin in Beijing on Thursday. The Russian prime minister thanked Xi for "
                "his initiatives.", dateline="May 16, 2024")
    assert ("Xi Jinping", "praisedBy", "Vladimir Putin") not in got


# --- sanctions lists and parties: session 12 (extract28) -----------------------------------------------------


def test_it_named_after_a_designation_lists_more_targets_of_the_party_it_stands_for():
    got = facts("Norway on Friday banned 12 Peruvian officials from entering the country. The Norwegian Foreign "
                "Ministry said the officials on its list had abused prisoners. It also named Ivo Tal, who was chief "
                "of staff to the interior minister, and Kees Vell, a former Lima police officer, as well as Bram Dorn.")
    sanctioned = {o for s, p, o in got if p == "sanctionsImposedOn" and s in ("Norway", "Ministry of Foreign Affairs of Norway")}
    assert {"Ivo Tal", "Kees Vell", "Bram Dorn"} <= sanctioned
    assert not any(o == "Lima" for s, p, o in got)


def test_it_named_as_an_envoy_or_with_no_sanction_before_lists_no_one():
    got = facts("Norway on Friday banned 12 Peruvian officials from entering the country. It named Ivo Tal as its new "
                "envoy to Lima.")
    assert not any(o == "Ivo Tal" for s, p, o in got)
    got = facts("The Norwegian Foreign Ministry opened a new embassy in Lima on Friday. It named Ivo Tal, a former "
                "diplomat, and Kees Vell.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)


def test_the_other_n_after_a_list_are_more_of_that_list():
    got = facts("The U.S. Treasury on Friday froze the assets of 18 Peruvians. They include police officers Ivo Tal "
                "and Kees Vell. The other two were Basques: Bram Dorn, who was acquitted of fraud in 2004, and Ana "
                "Ruiz, accused of bribery.")
    sanctioned = {o for s, p, o in got if p == "sanctionsImposedOn"}
    assert {"Bram Dorn", "Ana Ruiz"} <= sanctioned
    got = facts("Norway on Monday imposed sanctions on five Peruvian officials, including Tomas Quiroga and Pablo "
                "Nera. The other three \u2014 Lena Sorn, Ola Berg and Rui Lanza \u2014 were accused of abusing "
                "prisoners.")
    assert {("Norway", "sanctionsImposedOn", n) for n in ("Lena Sorn", "Ola Berg", "Rui Lanza")} <= got


def test_the_other_n_with_no_list_before_or_another_count_lists_no_one():
    got = facts("Norway on Monday opened talks with Peru. The other two \u2014 Lena Sorn and Ola Berg \u2014 were "
                "not invited.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)
    got = facts("Norway on Monday imposed sanctions on five Peruvian officials, including Tomas Quiroga and Pablo "
                "Nera. The other three \u2014 Lena Sorn and Ola Berg \u2014 were accused of abusing prisoners.")
    assert ("Norway", "sanctionsImposedOn", "Lena Sorn") not in got


def test_an_order_signed_by_a_leader_targets_the_people_listed_after_it():
    got = facts("An executive order signed by President Barack Obama targeted Ivo Tal along with three senior "
                "officials: the vice-president, Kees Vell; the interior minister, Bram Dorn; and the army chief, "
                "Tomas Quiroga.")
    sanctioned = {o for s, p, o in got if s in ("Barack Obama", "United States") and p == "sanctionsImposedOn"}
    assert {"Ivo Tal", "Kees Vell", "Bram Dorn", "Tomas Quiroga"} <= sanctioned


def test_a_book_signed_by_a_leader_targets_no_one():
    got = facts("A book signed by President Barack Obama targeted young readers, among them Ivo Tal.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)


def test_a_party_that_lifts_some_measures_but_keeps_others_still_sanctions_those_kept():
    got = facts("The European Union on Monday lifted a travel ban on eight Peruvian officials but kept President Ivo "
                "Tal and Interior Minister Kees Vell under sanctions. It also kept four people on its blacklist, "
                "among them Bram Dorn.")
    assert {("European Union", "sanctionsImposedOn", n) for n in ("Ivo Tal", "Kees Vell", "Bram Dorn")} <= got


def test_keeping_or_leaving_something_other_than_a_measure_is_no_sanction():
    got = facts("The European Union on Monday lifted a travel ban on eight Peruvian officials but kept its embassy in "
                "Lima open, and Norway kept Ivo Tal in jail.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)


def test_a_party_that_imposed_sanctions_targets_more_people_later_in_the_article():
    got = facts("The European Union on Monday imposed sanctions on President Ivo Tal. Ministers agreed to add him to "
                "a list first drawn up this month, when the bloc targeted 13 officials deemed responsible for the "
                "violence. On Nov. 4, the bloc targeted Kees Vell, a senator, and Bram Dorn.")
    assert {("European Union", "sanctionsImposedOn", o) for o in ("13 officials", "Kees Vell", "Bram Dorn")} <= got


def test_targeting_by_a_party_that_imposed_no_sanctions_is_another_sense():
    got = facts("The European Union on Monday imposed sanctions on President Ivo Tal. The Shining Path rebels "
                "targeted 13 officials in Lima. On Nov. 4, Norway targeted Kees Vell, a senator.")
    assert not any(o in ("13 officials", "Kees Vell") for s, p, o in got if p == "sanctionsImposedOn")


def test_a_long_role_of_a_body_before_a_comma_stays_inside_a_semicolon_list():
    got = facts("Norway on Friday froze the assets of President Ivo Tal and 20 officials. Besides Tal himself, the "
                "list names his wife Ana Tal; the speaker of parliament and ANC-Y secretary for administration, Kees "
                "Vell; and the minister for foreign affairs, Tomas Quiroga.")
    assert {("Norway", "sanctionsImposedOn", o) for o in ("Ana Tal", "Kees Vell", "Tomas Quiroga")} <= got


def test_a_role_for_a_purpose_followed_by_a_clause_names_no_member():
    got = facts("Norway on Friday froze the assets of President Ivo Tal; the head of the bank for the elections, "
                "Kees Vell said, was not affected.")
    assert ("Norway", "sanctionsImposedOn", "Kees Vell") not in got


def test_a_semicolon_list_item_that_lists_two_people_gives_both():
    got = facts("Norway on Friday banned 40 Peruvian officials from entering the country. Among those named are the "
                "president's two sons, Ivo Tal, his security adviser, and Kees Tal; Ana Dorn, who chairs the "
                "election board; and Interior Minister Tomas Quiroga.")
    assert {("Norway", "sanctionsImposedOn", o) for o in ("Ivo Tal", "Kees Tal", "Ana Dorn", "Tomas Quiroga")} <= got


def test_a_semicolon_list_item_with_a_body_after_and_adds_no_person():
    got = facts("Norway on Friday banned 40 Peruvian officials from entering the country. Among those named are Ivo "
                "Tal, an adviser to the central bank, and the Lima Water Board; and Interior Minister Tomas Quiroga.")
    assert ("Norway", "sanctionsImposedOn", "Tomas Quiroga") in got
    assert not any(o == "Lima" for s, p, o in got)


def test_a_measure_on_an_office_holder_named_by_the_office_falls_on_the_holder_not_the_body():
    got = facts("The United States on Monday imposed sanctions on Chad's former army chief of staff and its "
                "information minister. Canada imposed sanctions on a senior Honduran police commander. Britain "
                "imposed sanctions on the Communist Party secretary of the Tibet region, Ho Tran, and on the "
                "president of Bolivia's Supreme Court.")
    sanctioned = {o for s, p, o in got if p == "sanctionsImposedOn"}
    assert not sanctioned & {"Chad's former army", "Chad's army", "Honduras's police", "Communist Party",
                             "Bolivia's Supreme Court", "Chad", "Honduras", "Bolivia"}


def test_a_measure_on_a_body_itself_still_falls_on_the_body():
    got = facts("Japan imposed sanctions on Chad's army and two of its banks.")
    assert ("Japan", "sanctionsImposedOn", "Chad's army") in got


def test_the_two_german_states_are_named_by_their_demonyms_and_a_former_chancellor_leads_neither():
    got = facts("West German Chancellor Helmut Kohl met East German Prime Minister Lothar de Maiziere in Bonn. "
                "Former West German Chancellor Willy Brandt also met Maiziere.", dateline="July 2, 1990")
    assert {("Helmut Kohl", "Germany"), ("Lothar de Maiziere", "East Germany")} <= leaders(got)
    assert not any(s == "Willy Brandt" for s, o in leaders(got))


def test_mr_with_a_surname_is_the_man_not_the_wife_named_since_with_it():
    got = facts("President Clinton arrived in Hanoi on Friday. Mr. Clinton, his wife, Hillary Rodham Clinton, and "
                "their daughter toured the old city. In 1994, Mr. Clinton lifted the trade embargo on Vietnam.",
                dateline="Nov. 17, 2000")
    assert ("Bill Clinton", "sanctionsLiftedOn", "Vietnam") in got
    assert not any(s == "Hillary Rodham Clinton" and p == "sanctionsLiftedOn" for s, p, o in got)


def test_a_leader_named_by_title_and_surname_keeps_the_surname_as_an_alias():
    art = article_from_text("Wire report\n\nNov. 17, 2000\n\nPresident Clinton met Prime Minister Phan Van Khai in "
                            "Hanoi on Friday.\n", source="t.txt")
    clinton = next(e for f in extract(art).facts for e in (f.subject, f.object) if e.label == "Bill Clinton")
    assert "Clinton" in clinton.aliases


def test_a_city_where_leaders_met_does_not_act_for_its_country():
    got = facts("The step followed a decision by regional leaders, who at a summit in Nairobi last week imposed an "
                "arms embargo on Burundi. Leaders of the bloc meeting in Accra also imposed a travel ban on Mali.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)


def test_a_capital_that_imposes_a_measure_still_acts_for_its_country():
    got = facts("Nairobi imposed an arms embargo on Burundi on Tuesday.")
    assert ("Kenya", "sanctionsImposedOn", "Burundi") in got


def test_a_measure_lifted_in_a_clause_of_time_told_in_the_present_is_not_yet_lifted():
    got = facts("Under the settlement, the money is to be released once EU sanctions are lifted, with more due when "
                "Canadian sanctions are ended and Syria is removed from the blacklist.")
    assert not any(p in ("sanctionsLiftedOn", "sanctionsImposedOn") for s, p, o in got)


def test_a_measure_lifted_in_a_clause_of_time_told_in_the_past_is_lifted():
    got = facts("When the European Union lifted its sanctions on Syria in May, trade grew quickly.")
    assert ("European Union", "sanctionsLiftedOn", "Syria") in got


def test_a_leader_named_only_as_a_list_members_patron_is_no_target():
    got = facts("The U.S. Treasury on Friday imposed sanctions on seven Russian businessmen. Also named were Ivan "
                "Petrov, the presidential envoy to the Urals, and Omsk region governor Pavel Sidorov, a former Putin "
                "bodyguard.", dateline="April 6, 2018")
    assert not any(p == "sanctionsImposedOn" and o == "Vladimir Putin" for s, p, o in got)


def test_a_leader_named_in_a_list_of_targets_is_still_a_target():
    got = facts("Canada on Friday imposed sanctions on Vladimir Putin, Sergei Lavrov and a former Kremlin aide.",
                dateline="April 6, 2022")
    assert ("Canada", "sanctionsImposedOn", "Vladimir Putin") in got


def test_the_dated_table_has_soviet_east_german_and_haitian_leaders_of_the_early_1990s():
    got = facts("President Mikhail S. Gorbachev's spokesman welcomed the decision. In East Berlin, Prime Minister "
                "Lothar de Maizière said he was pleased.", dateline="July 16, 1990")
    assert ("Lothar de Maizière", "East Germany") in leaders(got)
    assert any(s.endswith("Gorbachev") and o == "Soviet Union" for s, o in leaders(got))
    got = facts("President Jean-Bertrand Aristide returned to Port-au-Prince on Saturday.", dateline="Oct. 16, 1994")
    assert ("Jean-Bertrand Aristide", "Haiti") in leaders(got)


def test_a_leader_out_of_office_on_the_date_is_not_read_from_the_new_rows():
    got = facts("Mikhail Gorbachev spoke at a conference in Berlin on Monday.", dateline="Nov. 9, 2009")
    assert not any(s == "Mikhail Gorbachev" for s, o in leaders(got))


def test_a_countrys_ruler_named_after_a_comma_leads_it_when_the_table_agrees():
    got = facts("Nigeria's military ruler, General Sani Abacha, pressed the council for weeks.", dateline="Oct. 8, 1997")
    assert ("Sani Abacha", "Nigeria") in leaders(got)


def test_a_former_ruler_leads_nothing():
    got = facts("The former ruler of Nigeria, General Sani Abacha, was buried in Kano.", dateline="June 9, 1998")
    assert not leaders(got)


# --- meetings, praise and pronouns: session 12, second round (extract31) ----------------------------------------


def test_had_before_a_participle_is_an_auxiliary_so_people_who_had_ignored_calls_held_no_talks():
    got = facts("Norway froze the assets of Ivo Tal, the army chief; Kees Vell, a minister; and Tomas Quiroga, a "
                "general. An official said the three men had ignored repeated calls for a ceasefire.")
    assert not any(p == "metWith" for s, p, o in got)
    got = facts("Ivo Tal had long phone calls with Kees Vell on Monday.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got


def test_a_meeting_verb_must_end_at_a_word_so_the_meeting_two_people_mention_is_not_theirs():
    got = facts("Ivo Tal and Kees Vell said the meeting in Lima was postponed.")
    assert not any(p == "metWith" for s, p, o in got)
    got = facts("Ivo Tal and Kees Vell, the two envoys, met in Lima on Monday.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got


def test_had_before_an_irregular_participle_is_an_auxiliary_but_had_detailed_talks_are_talks():
    got = facts("Ivo Tal and Kees Vell, partners in the coalition, said they had learnt of the meeting from radio.")
    assert not any(p == "metWith" for s, p, o in got)
    got = facts("Ivo Tal had detailed talks with Kees Vell in Oslo on Monday.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got


def test_the_two_leaders_are_people_not_a_place_named_after_at_or_in():
    body = ("Kees Vell was angry. He met Ivo Tal at State House on Friday and later told reporters that he welcomed "
            "the meeting between the two leaders, commending Tal and Vell for putting the country first.")
    got = facts(body)
    assert not any("State House" in (s, o) for s, p, o in got if p in ("praisedBy", "metWith"))
    got = facts("Ana Dorn, who leads the Green Party, spoke at a rally in Freedom Park. Ivo Tal arrived in Lima. Ivo "
                "Tal said he welcomed talks between the two leaders, commending Dorn.")
    assert not any("Freedom Park" in (s, o) for s, p, o in got if p in ("praisedBy", "metWith"))


def test_object_her_is_not_a_man_named_after_a_mans_noun():
    got = facts("Ana Dorn landed in Rome with her son. Church spokesman the Rev. Kees Vell said Cardinal Ivo Tal "
                "thanked her for her courage.")
    assert ("Kees Vell", "praisedBy", "Ivo Tal") not in got


def test_she_is_not_a_man_told_by_the_noun_before_his_name():
    got = facts("Ana Dorn stepped off the plane carrying her daughter, followed by her husband, Kees Vell. She was "
                "greeted on the tarmac by Prime Minister Ivo Tal.")
    assert not any("Kees Vell" in (s, o) for s, p, o in got if p == "metWith")
    got = facts("Party chairman Kees Vell arrived in Lima. She met Ivo Tal on Friday.")
    assert not any("Kees Vell" in (s, o) for s, p, o in got if p == "metWith")
    got = facts("Kees Vell arrived in Lima. He met Ivo Tal on Friday.")
    assert ("Kees Vell", "metWith", "Ivo Tal") in got or ("Ivo Tal", "metWith", "Kees Vell") in got


def test_after_meeting_y_the_subject_after_an_opening_time_phrase_met_y():
    got = facts("In 1984 Ivo Tal secured the release of a pilot after meeting Syrian leader Kees Vell.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got
    got = facts("On Monday, Ivo Tal flew home after meeting Kees Vell.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got
    got = facts("In Lima, the crowd cheered after meeting Kees Vell.")
    assert not any(p == "metWith" for s, p, o in got)


def test_after_bare_talks_with_y_the_subject_met_y_but_before_talks_is_still_to_come():
    got = facts("Ivo Tal flew home after talks with Kees Vell in Lima.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got
    got = facts("Ivo Tal flew home before talks with Kees Vell.")
    assert not any(p == "metWith" for s, p, o in got)


# --- review mends: session 12 ------------------------------------------------------------------------------


def test_a_progressive_after_a_time_word_is_a_fact_but_a_present_passive_is_a_time_to_come():
    assert ("Norway", "sanctionsLiftedOn", "Ivo Tal") in facts(
        "After months of talks Norway is lifting sanctions on Ivo Tal, the ministry said.")
    assert not facts("Norway will pay the fund once sanctions are lifted on Ivo Tal.")


def test_a_number_after_are_is_no_participle_of_a_time_to_come():
    got = facts("Norway lifted sanctions on Ivo Tal, who will stay in office until there are seven members on the board.")
    assert ("Norway", "sanctionsLiftedOn", "Ivo Tal") in got


# --- sanctions lists on real news (extract48) -------------------------------------------------------------------


def sanctioned_by(got: set[tuple[str, str, str]], pred: str = "sanctionsImposedOn") -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in got if p == pred}


def test_a_counted_group_with_two_kinds_of_office_is_one_group_of_officials():
    got = facts("Norway on Monday imposed sanctions on four Ruritanian army and police officials.")
    assert ("Norway", "four Ruritanian army and police officials") in sanctioned_by(got)
    # two kinds of staff sent on a mission are no such group (and nobody is sanctioned)
    got = facts("Norway has sent 21 military and civilian personnel to Chile to study a peacekeeping force.")
    assert not any("21 military" in o for _, _, o in got)


def test_the_members_of_a_counted_group_after_the_count_and_a_colon_are_its_targets():
    got = facts("Norway on Monday imposed sanctions on three Ruritanian officials. The three are: Ivo Tal, a former "
                "commander of the Northern Region of the Border Guard; Pero Vek, director of the customs service; and "
                "Ana Lisk, inspector general of the police.")
    assert {("Norway", "Ivo Tal"), ("Norway", "Pero Vek"), ("Norway", "Ana Lisk")} <= sanctioned_by(got)
    # a count told again with a colon but no names: nothing more
    got = facts("Norway on Monday imposed sanctions on three Ruritanian officials. The three are: angry, defiant and "
                "silent, their lawyer said.")
    assert sanctioned_by(got) == {("Norway", "three Ruritanian officials")}


def test_those_barred_or_banned_after_a_travel_ban_are_its_targets():
    got = facts("Norway on Monday banned 12 Ruritanian officials from entering the country. Among those barred are "
                "Ivo Tal and Pero Vek.")
    assert {("Norway", "Ivo Tal"), ("Norway", "Pero Vek")} <= sanctioned_by(got)
    # people banned from somewhere else are no designees
    got = facts("Norway on Monday imposed sanctions on Ruritania. Among those banned from the stadium are Ivo Tal and "
                "Pero Vek.")
    assert sanctioned_by(got) == {("Norway", "Ruritania")}


def test_a_semicolon_list_whose_last_item_names_no_one_keeps_every_name_before_it():
    got = facts("Norway on Monday banned 12 Ruritanian officials from entering the country. Among those barred are "
                "Interior Minister Ivo Tal, whose police fired on the march; Pero Vek, head of the security service, "
                "the SBU; Defence Minister Ana Lisk; and the governor of the border region, along with eight officers.")
    assert {("Norway", "Ivo Tal"), ("Norway", "Pero Vek"), ("Norway", "Ana Lisk")} <= sanctioned_by(got)
    # clauses joined by semicolons are no list
    got = facts("Norway on Monday sanctioned Ivo Tal; Chile praised Pero Vek; Peru met Ana Lisk; and the talks ended.")
    assert sanctioned_by(got) == {("Norway", "Ivo Tal")}


def test_a_list_of_designees_goes_on_past_the_body_each_belongs_to():
    text = ("Norway on Monday imposed sanctions on Ivo Tal and Pero Vek of the Ruritanian Parliament, Ana Lisk of the "
            "Chilean Senate, and the Tal Institute.")
    want = {("Norway", "Ivo Tal"), ("Norway", "Pero Vek"), ("Norway", "Ana Lisk"), ("Norway", "Tal Institute")}
    assert sanctioned_by(facts(text)) == want
    got = facts("Norway imposed sanctions on Monday. The persons to be sanctioned are Ivo Tal and Pero Vek of the "
                "Ruritanian Parliament, Ana Lisk of the Chilean Senate, and the Tal Institute.")
    assert sanctioned_by(got) == want
    # a body of a body is one target, not the body it belongs to
    got = facts("Norway on Monday imposed sanctions on the Tal Institute of the Ruritanian Parliament.")
    assert sanctioned_by(got) == {("Norway", "Tal Institute")}


def test_sanctions_on_people_or_firms_from_a_country_do_not_fall_on_the_country():
    assert not sanctioned_by(facts("Norway placed sanctions on individuals and entities from Chile."))
    assert not sanctioned_by(facts("Norway imposed sanctions on companies from Peru and Chile."))
    # those it names after them are targets; goods from a country fall on the country
    got = facts("Norway imposed sanctions on individuals from Chile, including Ivo Tal.")
    assert sanctioned_by(got) == {("Norway", "Ivo Tal")}
    assert sanctioned_by(facts("Norway imposed sanctions on imports from Chile.")) == {("Norway", "Chile")}


def test_a_word_of_origin_before_people_or_firms_is_no_target():
    assert not sanctioned_by(facts("Norway imposed sanctions against European individuals on Monday."))
    assert not sanctioned_by(facts("Norway imposed sanctions on African companies and Asian firms."))
    # a capitalised name before a comma list of firms stays a firm
    got = facts("Norway imposed sanctions on Zelcor, Marrgas and Nordvik.")
    assert ("Norway", "Zelcor") in sanctioned_by(got)


def test_the_firms_listed_right_after_a_relief_are_its_targets_not_new_designees():
    got = facts("Norway lifted sanctions on three companies on Monday. The firms are Zelco Ltd, Marr Holdings and "
                "Nordvik Corp.")
    assert not sanctioned_by(got)
    assert {("Norway", "Zelco Ltd"), ("Norway", "Marr Holdings"), ("Norway", "Nordvik Corp")} <= sanctioned_by(
        got, "sanctionsLiftedOn")
    # after an imposition they are designees
    got = facts("Norway imposed sanctions on three companies on Monday. The firms are Zelco Ltd, Marr Holdings and "
                "Nordvik Corp.")
    assert ("Norway", "Zelco Ltd") in sanctioned_by(got)
    assert not sanctioned_by(got, "sanctionsLiftedOn")


def test_sanctions_the_party_adds_to_told_with_a_time_before_their_target_are_its_own():
    got = facts("Norway imposed sanctions on Ivo Tal on Friday, adding to sanctions imposed last week on 12 senior "
                "Ruritanian officials.")
    assert ("Norway", "12 senior Ruritanian officials") in sanctioned_by(got)
    got = facts("Norway imposed sanctions on Ivo Tal on Friday, in addition to sanctions imposed in May on Pero Vek.")
    assert ("Norway", "Pero Vek") in sanctioned_by(got)
    # a holder named before the measure keeps it; a measure only welcomed or criticised tells no party
    got = facts("Norway imposed sanctions on Ivo Tal on Friday, adding to the U.N. sanctions imposed last week on "
                "Pero Vek.")
    assert ("United Nations", "Pero Vek") in sanctioned_by(got) and ("Norway", "Pero Vek") not in sanctioned_by(got)
    assert not sanctioned_by(facts("Norway welcomed the sanctions imposed last week on Pero Vek."))


def test_counted_commanders_keep_the_body_they_belong_to():
    got = facts("Norway imposed a travel ban on two senior commanders of the Ruritanian militia on Monday.")
    assert sanctioned_by(got) == {("Norway", "two senior commanders of the Ruritanian militia")}
    # nor is the body itself a target
    got = facts("Norway imposed a travel ban on two senior commanders of the Red Hand movement on Monday.")
    assert all("Red Hand" not in o or o.startswith("two") for _, o in sanctioned_by(got))


def test_a_list_only_proposed_names_no_designees():
    got = facts("Norway imposed sanctions on Ruritania on Monday. Diplomats said Chile had initially proposed a longer "
                "list that included several banks and Zelco Ltd.")
    assert sanctioned_by(got) == {("Norway", "Ruritania")}
    # a list adopted does
    got = facts("Norway imposed sanctions on Ruritania on Monday. It adopted a list that included Zelco Ltd.")
    assert ("Norway", "Zelco Ltd") in sanctioned_by(got)


def test_sanctions_on_a_countrys_military_rulers_fall_on_the_country():
    got = facts("Norway on Monday imposed an arms embargo and visa restrictions on Chile's military rulers.")
    assert sanctioned_by(got) == {("Norway", "Chile")}
    # the body itself stays the body
    got = facts("Norway on Monday imposed sanctions on Chile's military.")
    assert sanctioned_by(got) == {("Norway", "Chile's military")}


# --- designation lists after the measure (session 13) -------------------------------------------------------


def imposed(got: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}


def test_the_count_named_in_a_bodys_journal_are_the_members_of_the_group_just_sanctioned():
    got = facts("Norway on Monday imposed travel bans and asset freezes on three Ruritanian officers. The three named "
                "in the EU's official gazette are Ivo Tal, deputy head of the police; Pero Vek, also known as Vekko, a "
                "chief of staff; and Ana Moll, a former general.")
    assert {("Norway", "Ivo Tal"), ("Norway", "Pero Vek"), ("Norway", "Ana Moll")} <= imposed(got)
    # a fine is no sanction: the people the ruling names are no one's targets
    assert not imposed(facts("Norway on Monday fined three Ruritanian officers. The three named in the court's ruling "
                             "are Ivo Tal, deputy head of the police; Pero Vek, a chief of staff; and Ana Moll, a "
                             "former general."))


def test_among_them_after_a_sentence_describing_the_list_names_members_of_the_group_sanctioned_before():
    got = facts("Denmark on Tuesday imposed a travel ban and an asset freeze on 14 Ruritanian officials. It is the first "
                "time the kingdom has used such measures over human rights. The list, published in the official "
                "gazette, includes judges and police commanders. Among them are Ivo Tal, the capital's former "
                "prosecutor; Pero Vek, deputy chief of the national police; and Ana Moll, Minsk's prosecutor-general. "
                "Canada imposed similar sanctions on six Ruritanian officials last year, including Tal.")
    assert {("Denmark", "Ivo Tal"), ("Denmark", "Pero Vek"), ("Denmark", "Ana Moll")} <= imposed(got)
    # the members joined Denmark's measure: the party named later imposed nothing on the others
    assert ("Canada", "Ivo Tal") in imposed(got)
    assert not {("Canada", "Pero Vek"), ("Canada", "Ana Moll")} & imposed(got)
    # a fine is no sanction
    assert not imposed(facts("Denmark on Tuesday fined 14 Ruritanian officials. It is the first time the kingdom has "
                             "done so. The list includes judges and police commanders. Among them are Ivo Tal, the "
                             "capital's former prosecutor; Pero Vek, deputy chief of the national police; and Ana "
                             "Moll, Minsk's prosecutor-general."))


def test_a_freeze_on_a_countrys_assets_of_a_and_b_targets_the_owners_not_the_country():
    got = facts("President Joe Biden on Monday ordered a freeze on any U.S. assets of Ruritanian President Ivo Tal and "
                "nine senior officials.", dateline="June 20, 2022")
    assert {("Joe Biden", "Ivo Tal"), ("Joe Biden", "nine senior officials")} <= imposed(got)
    assert ("Joe Biden", "United States") not in imposed(got)
    # with no owner after it, the country before the noun is still the target
    assert ("Norway", "United States") in imposed(facts("Norway on Monday ordered a freeze on U.S. assets."))


def test_an_order_that_names_officials_among_them_a_b_and_c_lists_more_targets_of_the_sanction_told():
    got = facts("Norway froze the assets of Ruritanian President Ivo Tal and nine senior officials on Monday. Besides "
                "Tal, the order names officials the government holds responsible for the vote, among them Pero Vek, "
                "head of the presidential administration; Ana Moll, chairwoman of the election commission; and Eli "
                "Sand, commander of a police unit.")
    assert {("Norway", "Pero Vek"), ("Norway", "Ana Moll"), ("Norway", "Eli Sand")} <= imposed(got)
    assert ("Norway", "Norway") not in imposed(got)  # "the government" inside the noun's clause is no member
    # after a fine, the order's list is no sanction
    assert not imposed(facts("Norway fined Ruritanian President Ivo Tal and nine senior officials on Monday. Besides "
                             "Tal, the order names officials the government holds responsible for the vote, among "
                             "them Pero Vek, head of the presidential administration; and Eli Sand, commander of a "
                             "police unit."))


def test_a_bodys_commission_head_leads_that_body_not_the_european_commission():
    got = leaders(facts("ECOWAS Commission chairman Ivo Tal told reporters the measures would take effect at once."))
    assert got == {("Ivo Tal", "Economic Community of West African States")}
    got = leaders(facts("African Union Commission President Ivo Tal said the troops lack money."))
    assert got == {("Ivo Tal", "African Union")}
    got = leaders(facts("The mission belongs to the African Union, whose Commission chairman, Ivo Tal, has said his "
                        "troops lack money."))
    assert got == {("Ivo Tal", "African Union")}
    # "the Commission" alone, and the European Commission by name, are still the EU's executive
    assert ("Ivo Tal", "European Commission") in leaders(facts("European Commission President Ivo Tal said the troops "
                                                               "lack money."))
    assert ("European Commission", "sanctionsImposedOn", "Iran") in facts("The Commission imposed sanctions on Iran.")
    # a body's commission official leads nothing
    assert not leaders(facts("African Union Commission official Ivo Tal said the troops lack money."))


def test_the_head_of_a_bodys_commission_leads_the_commission_the_gazetteer_holds_else_the_body():
    # the gazetteer holds no commission of the AU or ECOWAS: the commission's head leads the body
    got = leaders(facts("The talks belong to the African Union, whose Commission chairman, Ivo Tal, thanked Ana Moll."))
    assert got == {("Ivo Tal", "African Union")}
    got = leaders(facts("ECOWAS, whose Commission president, Ivo Tal, said the troops would stay in the region."))
    assert got == {("Ivo Tal", "Economic Community of West African States")}
    # the European Commission is the EU's ("EU Commission" is one of its names): its head leads it, not the EU
    for body in ("The European Union, whose Commission president, Ivo Tal,", "The EU, whose Commission president, Ivo Tal,",
                 "European Union Commission President Ivo Tal"):
        got = leaders(facts(f"{body} thanked Ana Moll for the talks."))
        assert ("Ivo Tal", "European Union") not in got
        assert got <= {("Ivo Tal", "European Commission")}


def test_a_commander_of_a_body_is_one_of_its_commanders_and_leads_nothing():
    assert not leaders(facts("Ivo Tal, a commander of the Sudan Liberation Army, said the talks had failed."))
    assert not leaders(facts("Canada sanctioned Ivo Tal, a field commander of the Sudan Liberation Army; and Pero Vek, "
                             "a leader of the Sudan Liberation Army."))
    # "the commander of": the head
    assert ("Ivo Tal", "Sudan Liberation Army") in leaders(
        facts("Ivo Tal, the commander of the Sudan Liberation Army, said the talks had failed."))


def test_barring_people_from_a_partys_territory_is_a_travel_ban_on_them():
    got = facts("The European Union barred Ivo Tal and 30 other officials from its territory in April.")
    assert {("European Union", "Ivo Tal"), ("European Union", "30 other officials")} <= imposed(got)
    # barring from a place that is no party's territory is no sanction; nor is a "territory" with no person barred
    assert not imposed(facts("The army barred reporters from the territory it controls."))
    assert not imposed(facts("Canada barred flights over the territory on Monday."))


def test_a_relative_clause_after_a_kin_role_and_name_does_not_end_the_list():
    got = facts("Canada on Friday imposed sanctions on Ivo Tal. It designated his wife, Ana Moll, who serves as "
                "Ruritania's minister of tourism, and his brother Pero Vek, who heads the customs agency.")
    assert {("Canada", "Ivo Tal"), ("Canada", "Ana Moll"), ("Canada", "Pero Vek")} <= imposed(got)
    # a new clause after the relative clause is no member
    got = facts("Canada on Friday designated his wife, Ana Moll, who met Pero Vek on Monday, and Ruritania answered "
                "with a protest.")
    assert imposed(got) == {("Canada", "Ana Moll")}


def test_a_sitting_leaders_apposition_naming_a_bodys_chair_is_a_second_office():
    got = leaders(facts("Ghana's President Ivo Tal, the current chairman of ECOWAS, told the summit the region could "
                        "not accept military rule."))
    assert got == {("Ivo Tal", "Ghana"), ("Ivo Tal", "Economic Community of West African States")}
    # a former chair, or the same state again, adds nothing
    assert leaders(facts("Ghana's President Ivo Tal, a former chairman of ECOWAS, told the summit the region could "
                         "not accept military rule.")) == {("Ivo Tal", "Ghana")}
    assert leaders(facts("Ghana's President Ivo Tal, the president of Ghana, told the summit the region could not "
                         "accept military rule.")) == {("Ivo Tal", "Ghana")}


def test_a_holders_measure_told_by_its_participle_is_in_force_under_a_negated_relief():
    got = facts("The envoy said Washington had not offered to ease the U.N. sanctions imposed on Iraq after the war.")
    assert imposed(got) == {("United Nations", "Iraq")}
    assert not any(p == "sanctionsLiftedOn" for s, p, o in got)
    # with no participle the negation covers the measure; a new or possible measure is no measure in force
    assert not imposed(facts("Washington did not ease U.N. sanctions on Iraq."))
    assert not imposed(facts("Canada could join new U.N. sanctions imposed on Iraq."))


# --- meetings, praise and releases on devset-p -------------------------------------------------------------


def test_a_list_of_places_inside_a_relative_clause_is_read_through_to_its_subject():
    got = facts("Ivo Tal, who was due to fly to Peru, Chile and Bolivia later on Friday, said on his website that the "
                "vote was fair and thanked Norway and Denmark for their help.")
    assert ("Norway", "praisedBy", "Ivo Tal") in got and ("Denmark", "praisedBy", "Ivo Tal") in got
    assert not any(o in ("Peru", "Chile", "Bolivia") for s, p, o in got if p == "praisedBy")


def test_first_lady_is_a_title_not_part_of_the_name():
    got = facts("First Lady Ana Dorn visited Lima on Monday, meeting Kees Vell, the mayor.")
    assert ("Ana Dorn", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ana Dorn") in got
    assert not any("First Lady" in s or "First Lady" in o for s, p, o in got)


def test_a_popes_one_word_name_keeps_the_title():
    got = facts("Ivo Tal thanked Pope Clement on Monday. He met the pope at the Vatican in 2019.")
    assert ("Pope Clement", "praisedBy", "Ivo Tal") in got
    assert ("Ivo Tal", "metWith", "Pope Clement") in got or ("Pope Clement", "metWith", "Ivo Tal") in got
    got = facts("Ivo Tal thanked Cardinal Clement on Monday.")
    assert not any("Pope" in s for s, p, o in got)


def test_and_a_name_with_a_verb_of_its_own_after_a_comma_opens_a_new_clause():
    got = facts("Under the deal Norway freed 12 prisoners, and Ivo Tal, the bishop of Lima, has kept contacts with both sides.")
    assert ("Norway", "released", "12 prisoners") in got
    assert not any(o == "Ivo Tal" for s, p, o in got if p == "released")
    got = facts("Under the deal Norway freed Ana Dorn, and Ivo Tal has kept contacts with both sides.")
    assert ("Norway", "released", "Ana Dorn") in got
    assert not any(o == "Ivo Tal" for s, p, o in got if p == "released")
    got = facts("Norway freed Ana Dorn, Kees Vell, and Ivo Tal on Monday.")
    assert ("Norway", "released", "Ivo Tal") in got and ("Norway", "released", "Kees Vell") in got


def test_a_name_ending_in_castle_fort_or_museum_is_a_place_not_someone_met():
    got = facts("On Saturday Ivo Tal and his delegation visited Elmina Castle, a former slave fort.")
    assert not any(p == "metWith" for s, p, o in got)
    got = facts("Ivo Tal visited the Gold Coast Museum and Fort Lorn on Sunday.")
    assert not any(p == "metWith" for s, p, o in got)
    got = facts("Ivo Tal met Ana Dorn at Windsor Castle on Monday.")
    assert ("Ivo Tal", "metWith", "Ana Dorn") in got or ("Ana Dorn", "metWith", "Ivo Tal") in got


def test_a_list_closed_by_and_ends_before_a_new_subject_after_comma_and():
    got = facts("Ivo Tal urged Kees Vell to act over its support for Hezbollah and Hamas, and Ana Dorn held talks with "
                "Kees Vell on Friday.")
    assert ("Ana Dorn", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ana Dorn") in got
    assert not any("Hamas" in (s, o) or "Hezbollah" in (s, o) for s, p, o in got if p == "metWith")
    got = facts("Ivo Tal, Kees Vell, and Ana Dorn held talks in Lima on Friday.")
    assert ("Ivo Tal", "metWith", "Ana Dorn") in got or ("Ana Dorn", "metWith", "Ivo Tal") in got


def test_the_leader_of_a_delegation_led_by_a_named_person_is_who_met():
    got = facts("A delegation of Danish ministers, led by Norway's Ivo Tal, met Kees Vell in Lima.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got
    assert not any("Norway" in (s, o) for s, p, o in got if p == "metWith")
    got = facts("A team of UN officials, led by Ivo Tal, met Kees Vell in Lima.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got
    got = facts("The EU, led by France, imposed sanctions on Iran.")
    assert not any(s == "France" for s, p, o in got)


def test_many_of_them_after_a_plural_noun_describes_that_noun_and_is_no_released_group():
    got = facts("Norway freed two sailors on Monday. The planes had flown in with the rebel supporters, many of them "
                "wounded fighters who had travelled to Chile for treatment. Ivo Tal welcomed the release.")
    assert ("Norway", "released", "two sailors") in got
    assert not any("them" in s or "them" in o or "fighters" in s or "fighters" in o for s, p, o in got)
    got = facts("Norway freed 40 prisoners on Monday, and 12 of them were flown to Chile.")
    assert ("Norway", "released", "40 prisoners") in got


def test_people_in_apposition_after_a_released_counted_group_are_its_members():
    got = facts("The rebels of the Tal Front freed two Canadians on Monday. The Canadians, aid worker Ana Dorn and "
                "engineer Kees Vell, were flown from Lima to Chile on a military plane.")
    assert ("Ana Dorn", "releasedTo", "Chile") in got and ("Kees Vell", "releasedTo", "Chile") in got
    got = facts("The rebels of the Tal Front freed three Canadians on Monday. The Canadians, aid worker Ana Dorn and "
                "engineer Kees Vell, were flown from Lima to Chile on a military plane.")
    assert not any(s in ("Ana Dorn", "Kees Vell") for s, p, o in got if p == "releasedTo")


def test_new_people_told_as_held_one_a_sentence_after_a_counted_release_are_its_members():
    got = facts("The Tal Front has freed two Canadians in a deal mediated by Norway. Ana Dorn, a teacher who had lived "
                "in Peru for years, was detained in 2022. Kees Vell, about whom little is known, was also released. "
                "Both were flown to Oslo.")
    freed = {o for s, p, o in got if p == "released" and s.endswith("Tal Front")}
    assert {"Ana Dorn", "Kees Vell"} <= freed
    assert ("Ana Dorn", "releasedTo", "Norway") in got or ("Ana Dorn", "releasedTo", "Oslo") in got
    # people who open the next sentences but are not told as held are no members
    got = facts("The Tal Front has freed two Canadians in a deal mediated by Norway. Ana Dorn, a diplomat from Oslo, "
                "was in Lima at the time. Kees Vell, who mediated, said the two had been held in good conditions.")
    assert not any(p == "released" and o in ("Ana Dorn", "Kees Vell") for s, p, o in got)
    # "held talks", "held a news conference" tell no one as held
    got = facts("The Tal Front has freed two Canadians on Monday. Ana Dorn, a Norwegian envoy, held talks with Ivo Tal "
                "in Lima. Kees Vell, a spokesman, held a news conference in Oslo.")
    assert not any(p == "released" and o in ("Ana Dorn", "Kees Vell") for s, p, o in got)


def test_an_audience_with_someone_is_a_meeting_but_speaking_to_an_audience_is_not():
    got = facts("On Friday Ivo Tal had his first audience with Pope Clement at the Vatican.")
    assert ("Ivo Tal", "metWith", "Pope Clement") in got or ("Pope Clement", "metWith", "Ivo Tal") in got
    got = facts("Ivo Tal spoke to a large audience in Lima, and Kees Vell was not there.")
    assert not any(p == "metWith" for s, p, o in got)


def test_a_role_set_off_by_a_comma_before_the_name_met_or_praised():
    got = facts("Ivo Tal met the new monarch, Kees Vell, on Tuesday.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got
    got = facts("Ivo Tal praised the outgoing premier, Kees Vell, for his work.")
    assert ("Kees Vell", "praisedBy", "Ivo Tal") in got
    got = facts("Ivo Tal met the press, Kees Vell said.")
    assert not any(p == "metWith" for s, p, o in got)


def test_a_relative_named_by_a_given_name_after_the_possessive_takes_the_surname():
    got = facts("Rebels freed Ana Dorn on Monday. Dorn's husband, Piet, thanked Ivo Tal and Norway for their help.")
    assert ("Ivo Tal", "praisedBy", "Piet Dorn") in got and ("Norway", "praisedBy", "Piet Dorn") in got
    got = facts("Rebels freed Ana Dorn on Monday. Dorn's husband, Sunday, was not there.")
    assert not any("Sunday" in s or "Sunday" in o for s, p, o in got)


def test_he_after_whom_is_not_the_person_whom_stands_for():
    got = facts("Ivo Tal met Kees Vell in Lima on Monday. \"Lima stands,\" Tal said, standing beside Vell, whom he "
                "praised for his courage.")
    assert ("Kees Vell", "praisedBy", "Ivo Tal") in got
    got = facts("Ivo Tal travelled to Lima to marry Ana Dorn, whom he had met on a website while looking for partners.")
    assert not any(p == "metWith" for s, p, o in got)


def test_by_road_between_a_verb_of_travel_and_its_destination():
    got = facts("Norway freed Ivo Tal and Kees Vell on Sunday. The two were handed over to Ana Dorn at a hotel and "
                "left soon afterwards by road for Amman, Jordan.")
    assert ("Ivo Tal", "releasedTo", "Jordan") in got and ("Kees Vell", "releasedTo", "Jordan") in got
    got = facts("Norway freed Ivo Tal on Sunday. Kees Vell left by road for Amman.")
    assert not any(p == "releasedTo" for s, p, o in got)


def test_co_hosts_or_co_visitors_with_no_one_hosted_do_not_meet_each_other():
    got = facts("Ana Dorn watched the parade beside Ivo Tal and Kees Vell, who hosted a state banquet for the visitors.")
    assert ("Ivo Tal", "metWith", "Kees Vell") not in got and ("Kees Vell", "metWith", "Ivo Tal") not in got
    got = facts("Ivo Tal and Kees Vell met in Lima on Monday.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got
    got = facts("Ivo Tal hosted Kees Vell in Lima on Monday.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got


def test_a_quotation_that_opens_with_its_subject_and_a_copula_praises_it():
    got = facts("Norway lifted sanctions on Peru on Monday. \"Peru is an important model for the region,\" Ivo Tal said.")
    assert ("Peru", "praisedBy", "Ivo Tal") in got
    got = facts("Norway lifted sanctions on Peru on Monday. \"Peru is not a model for the region,\" Ivo Tal said.")
    assert not any(p == "praisedBy" for s, p, o in got)


def test_released_along_with_roles_set_off_by_commas_frees_them_too():
    got = facts("Norway freed Ivo Tal on Saturday. Tal, a reporter, was released along with his driver, Kees Vell, "
                "and interpreter, Ana Dorn.")
    assert ("Norway", "released", "Kees Vell") in got and ("Norway", "released", "Ana Dorn") in got
    got = facts("Norway freed Ivo Tal on Saturday. Kees Vell met him along with his driver, Ana Dorn.")
    assert not any(p == "released" and o in ("Kees Vell", "Ana Dorn") for s, p, o in got)


def test_a_role_that_names_no_one_before_and_a_named_person_in_a_thanks_list():
    got = facts("Norway freed Ivo Tal on Monday. Tal thanked the governor and Foreign Minister Kees Vell for their help.")
    assert ("Kees Vell", "praisedBy", "Ivo Tal") in got
    got = facts("Norway freed Ivo Tal on Monday. Tal thanked the governor and Kees Vell said nothing.")
    assert not any(p == "praisedBy" for s, p, o in got)


def test_leaders_who_greet_or_receive_each_other_meet():
    got = facts("Ivo Tal and Kees Vell greeted each other warmly in Lima on Friday.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got
    assert not any(p == "metWith" for s, p, o in facts("Ivo Tal and Kees Vell greeted the crowd in Lima on Friday."))


def test_a_count_spelled_out_in_several_words_is_one_group_of_that_many():
    got = facts("Norway freed four hundred and twelve prisoners on Monday. The 412 prisoners were flown to Lima.")
    assert ("Norway", "released", "four hundred and twelve prisoners") in got
    assert ("four hundred and twelve prisoners", "releasedTo", "Lima") in got
    got = facts("Norway freed twenty-five prisoners on Monday. The 25 prisoners were flown to Lima.")
    assert ("twenty-five prisoners", "releasedTo", "Lima") in got
    got = facts("Norway freed four prisoners on Monday, a hundred days after their arrest.")
    assert ("Norway", "released", "four prisoners") in got


def test_the_polisario_front_is_an_armed_movement():
    got = facts("Ivo Tal praised the Polisario for its gesture. The Polisario freed 12 Moroccan soldiers on Monday.")
    assert ("Polisario Front", "released", "12 Moroccan soldiers") in got
    assert ("Polisario Front", "praisedBy", "Ivo Tal") in got


def test_the_host_and_the_guests_of_a_meeting_told_before_take_part_in_it():
    first = "Ivo Tal and Kees Vell held talks in Lima on Monday. "
    got = facts(first + "The meeting at the presidential palace, the first in a decade, was hosted by Ana Dorn and "
                "attended by Piet Smit.")
    for a, b in [("Ivo Tal", "Ana Dorn"), ("Kees Vell", "Ana Dorn"), ("Ivo Tal", "Piet Smit"), ("Ana Dorn", "Piet Smit")]:
        assert (a, "metWith", b) in got or (b, "metWith", a) in got
    got = facts(first + "Ana Dorn hosted the talks, which lasted five hours.")
    assert ("Ivo Tal", "metWith", "Ana Dorn") in got or ("Ana Dorn", "metWith", "Ivo Tal") in got
    for trap in ["A dinner for the press was hosted by Ana Dorn.", "The next meeting will be hosted by Ana Dorn.",
                 "Ana Dorn did not attend the meeting.", "Ana Dorn hosted the summit as the bloc's chair."]:
        assert not any("Ana Dorn" in (s, o) for s, p, o in facts(first + trap) if p == "metWith")


def test_a_meal_together_is_a_meeting():
    for text in ["Ivo Tal had dinner with Kees Vell in Lima on Monday.", "Ivo Tal dined with Kees Vell at the palace.",
                 "Ivo Tal had a working breakfast with Kees Vell on Monday.",
                 "Ivo Tal held talks in Lima, then flew to Quito, where he had lunch with opposition leader Kees Vell."]:
        got = facts(text)
        assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got, text
    for trap in ["Ivo Tal will have dinner with Kees Vell on Monday.", "Ivo Tal had dinner with the press.",
                 "Ivo Tal did not have lunch with Kees Vell."]:
        assert not any(p == "metWith" for s, p, o in facts(trap)), trap


def test_a_meeting_or_measure_with_no_before_it_or_yet_to_come_is_not_told():
    for trap in ["Mediation efforts have so far produced no meeting between Ivo Tal and Kees Vell.",
                 "Ivo Tal has had no talks with Kees Vell since May.", "Ivo Tal has so far held no talks with Kees Vell.",
                 "Ivo Tal has yet to hold talks with Kees Vell.", "Norway imposed no new sanctions on Peru.",
                 "Norway is yet to lift sanctions on Peru."]:
        assert not facts(trap), trap
    for text in ["Mediation efforts have so far produced a meeting between Ivo Tal and Kees Vell.",
                 "Ivo Tal has so far held two rounds of talks with Kees Vell."]:
        got = facts(text)
        assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got, text


def test_they_after_a_and_b_were_among_a_counted_group_are_a_and_b():
    got = facts("Reporter Ivo Tal and photographer Kees Vell were among nearly 2,000 prisoners pardoned by Norway. They "
                "left prison on Monday and flew to Lima.")
    assert ("Ivo Tal", "releasedTo", "Lima") in got and ("Kees Vell", "releasedTo", "Lima") in got
    assert ("nearly 2,000 prisoners", "releasedTo", "Lima") not in got
    got = facts("Ivo Tal and Kees Vell freed 52 prisoners on Monday. They were flown to Lima.")
    assert ("52 prisoners", "releasedTo", "Lima") in got and ("Ivo Tal", "releasedTo", "Lima") not in got


def test_an_object_relative_clause_without_commas_is_read_through_to_the_subject():
    got = facts("Norway freed Ivo Tal on Monday. Four journalists whom a Norwegian court had sentenced to death were "
                "also freed and flown to Lima, their lawyers said.")
    assert ("Norway", "released", "four journalists") in got and ("four journalists", "releasedTo", "Lima") in got
    got = facts("Norway freed Ivo Tal on Monday. Four journalists whom Norway had jailed were not freed.")
    assert not any(o == "four journalists" for s, p, o in got)


def test_the_government_is_the_one_the_article_named_with_its_country_over_a_country_named_since():
    got = facts("Ivo Tal praised the reforms of Peru's new civilian government. Kees Vell said he welcomed the U.S. "
                "engagement. In October, the government freed 200 political prisoners.")
    assert ("Peru", "released", "200 political prisoners") in got
    got = facts("Ivo Tal criticised Peru. Kees Vell said he welcomed Chile's engagement. In October, the government "
                "freed 200 political prisoners.")
    assert ("Chile", "released", "200 political prisoners") in got


def test_thanks_after_a_purpose_to_are_the_main_subjects():
    got = facts("Ivo Tal telephoned Kees Vell to thank him for his leadership.")
    assert ("Kees Vell", "praisedBy", "Ivo Tal") in got
    got = facts("Ivo Tal telephoned Kees Vell to thank Ana Dorn.")
    assert ("Ana Dorn", "praisedBy", "Ivo Tal") in got and ("Ana Dorn", "praisedBy", "Kees Vell") not in got
    for trap in ["Ivo Tal urged Kees Vell to thank Ana Dorn.", "Ivo Tal telephoned Kees Vell but refused to thank him."]:
        assert not any(p == "praisedBy" for s, p, o in facts(trap)), trap


def test_an_external_affairs_ministry_is_the_foreign_ministry():
    got = facts("India's external affairs ministry praised Kees Vell's humanitarian gesture.")
    assert ("Kees Vell", "praisedBy", "Ministry of Foreign Affairs of India") in got
    got = facts("India's external affairs minister, Ivo Tal, met Kees Vell.")
    assert not any("Ministry" in s or "Ministry" in o for s, p, o in got)


def test_a_phrase_set_off_inside_a_relative_clause_keeps_the_clauses_subject():
    got = facts("Ivo Tal, who has repeatedly accused Lima of the killings of some 800,000 people, mostly farmers, also "
                "thanked Kees Vell for his report.")
    assert ("Kees Vell", "praisedBy", "Ivo Tal") in got
    got = facts("Ivo Tal, who met Ana Dorn, a lawyer, praised Kees Vell.")
    assert ("Kees Vell", "praisedBy", "Ivo Tal") in got and ("Kees Vell", "praisedBy", "Ana Dorn") not in got
    got = facts("Ivo Tal, who has accused Lima of many killings, mostly of farmers, said Ana Dorn praised Kees Vell.")
    assert ("Kees Vell", "praisedBy", "Ivo Tal") not in got


def test_praise_of_what_a_party_did_told_with_by_praises_the_party():
    got = facts("Ivo Tal praised the reforms undertaken by Peru's new nominally civilian government.")
    assert ("Peru", "praisedBy", "Ivo Tal") in got
    got = facts("Ivo Tal praised the decision by Kees Vell to free the men.")
    assert ("Kees Vell", "praisedBy", "Ivo Tal") in got
    got = facts("Norway lifted sanctions on Peru's newly elected government.")
    assert ("Norway", "sanctionsLiftedOn", "Peru") in got
    got = facts("Ivo Tal praised the men by the river.")
    assert not any(p == "praisedBy" for s, p, o in got)


def test_he_after_comma_and_with_the_opening_verb_again_is_the_opening_subject():
    got = facts("Ivo Tal also met Kees Vell, an 11-year-old boy whose parents were killed in 2008, and he met President "
                "Ana Dorn.")
    assert ("Ivo Tal", "metWith", "Ana Dorn") in got
    assert ("Kees Vell", "metWith", "Ana Dorn") not in got and ("Ana Dorn", "metWith", "Kees Vell") not in got
    got = facts("Ivo Tal pardoned Kees Vell, a Czech aid worker, and he flew home to Peru with Ana Dorn.")
    assert ("Kees Vell", "releasedTo", "Peru") in got and ("Ivo Tal", "releasedTo", "Peru") not in got


def test_people_met_for_a_trilateral_meeting_all_meet_each_other():
    got = facts("Ivo Tal also met Prime Minister Kees Vell of Peru and Ana Dorn for a trilateral discussion on trade.")
    assert ("Kees Vell", "metWith", "Ana Dorn") in got or ("Ana Dorn", "metWith", "Kees Vell") in got
    got = facts("Ivo Tal met Kees Vell and Ana Dorn in three-way talks.")
    assert ("Kees Vell", "metWith", "Ana Dorn") in got or ("Ana Dorn", "metWith", "Kees Vell") in got
    for trap in ["Ivo Tal met Kees Vell and Ana Dorn on Monday.",
                 "Ivo Tal met Kees Vell and Ana Dorn, ahead of a trilateral summit next week."]:
        got = facts(trap)
        assert ("Kees Vell", "metWith", "Ana Dorn") not in got and ("Ana Dorn", "metWith", "Kees Vell") not in got


def test_the_datelines_city_is_no_subject_of_a_purpose_to():
    got = facts("LIMA (Reuters) - Prime Minister Ivo Tal arrived in Peru on Tuesday for a visit, and was greeted on the "
                "tarmac by Kees Vell, who broke protocol to receive him in person.")
    assert ("Kees Vell", "metWith", "Ivo Tal") in got or ("Ivo Tal", "metWith", "Kees Vell") in got
    assert not any(p == "metWith" and "Peru" in (s, o) for s, p, o in got)


def test_a_subordinate_clause_with_its_own_subject_keeps_its_verbs():
    got = facts("Norway had already eased its travel bans on Peruvian officials in March, after Ivo Tal visited Lima and "
                "held talks with Kees Vell.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got
    assert not any(p == "metWith" and "Norway" in (s, o) for s, p, o in got)
    got = facts("Ana Dorn landed at an airbase on Friday, four years after she was kidnapped by rebels in Peru, and was "
                "greeted on the tarmac by President Kees Vell.")
    assert ("Kees Vell", "metWith", "Ana Dorn") in got or ("Ana Dorn", "metWith", "Kees Vell") in got


def test_clemency_or_a_pardon_granted_frees_and_a_border_crossed_is_a_destination():
    for text in ["President Ivo Tal granted Kees Vell clemency on Monday.", "Ivo Tal granted a pardon to Kees Vell.",
                 "Ivo Tal gave Kees Vell a presidential pardon."]:
        assert ("Ivo Tal", "released", "Kees Vell") in facts(text), text
    assert not facts("Ivo Tal refused to grant Kees Vell clemency.")
    got = facts("Norway freed Kees Vell on Monday. Vell walked across the border to Peru on Tuesday.")
    assert ("Kees Vell", "releasedTo", "Peru") in got
    got = facts("Norway freed 76 prisoners on Monday. Buses carrying the 76 prisoners crossed a checkpoint near Lima.")
    assert not any(p == "releasedTo" for s, p, o in got)
    assert not any(p == "releasedTo" for s, p, o in facts("Kees Vell walked across the border to Peru."))


def test_the_family_of_release_wordings_split_particles_among_those_freed_and_home_after_prison():
    for text in ["Norway set Kees Vell free on Monday.",
                 "Kees Vell was among those freed by Norway.", "Kees Vell walked out of a Norwegian prison on Monday.",
                 "Kees Vell returned to Peru after five years in a Norwegian jail."]:
        assert ("Norway", "released", "Kees Vell") in facts(text), text
    got = facts("Kees Vell and Ana Dorn were among those released by Norway on Monday.")
    assert ("Norway", "released", "Ana Dorn") in got
    got = facts("Two Peruvian journalists jailed in Norway for a year arrived home on Tuesday after being pardoned.")
    assert ("two Peruvian journalists", "releasedTo", "Peru") in got
    for trap in ["Norway did not set Kees Vell free.", "Kees Vell walked out of the meeting.",
                 "Kees Vell returned to Peru after a visit to a Norwegian prison.",
                 "Two Peruvian journalists jailed in Norway for a year could fly home on Tuesday."]:
        assert not any(p in ("released", "releasedTo") for s, p, o in facts(trap)), trap


def test_more_of_the_praise_family_thanks_offered_and_decisions_by_a_party():
    for text in ["Ivo Tal praised the decision by Kees Vell.", "Ivo Tal welcomed the decision by Kees Vell.",
                 "Ivo Tal offered thanks to Kees Vell.",
                 "Ivo Tal extended his thanks to Kees Vell.", "Ivo Tal praised the role played by Kees Vell.",
                 "Ivo Tal has repeatedly thanked Kees Vell for leading the mission."]:
        assert ("Kees Vell", "praisedBy", "Ivo Tal") in facts(text), text
    for trap in ["Ivo Tal welcomed the ruling by the court in Lima.", "Ivo Tal offered no thanks to Kees Vell.",
                 "Ivo Tal welcomed Kees Vell by the door."]:
        assert not any(p == "praisedBy" for s, p, o in facts(trap)), trap


def test_his_meeting_in_an_opening_phrase_is_the_meeting_of_the_subject_after_it():
    got = facts("During his meeting with Kees Vell, Ivo Tal raised the case.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got
    got = facts("After her talks with Kees Vell, Ana Dorn said the case was closed.")
    assert ("Ana Dorn", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ana Dorn") in got
    for trap in ["During his meeting with Kees Vell next week, Ivo Tal will raise the case.",
                 "Before his meeting with Kees Vell, Ivo Tal said he was hopeful."]:
        assert not any(p == "metWith" for s, p, o in facts(trap)), trap


def test_more_of_the_meeting_family_hosted_talks_joint_news_conferences_and_huddles():
    got = facts("Ivo Tal hosted talks between Kees Vell and Ana Dorn in Lima.")
    for a, b in [("Ivo Tal", "Kees Vell"), ("Ivo Tal", "Ana Dorn"), ("Kees Vell", "Ana Dorn")]:
        assert (a, "metWith", b) in got or (b, "metWith", a) in got
    for text in ["Ivo Tal and Kees Vell held a joint news conference.", "Ivo Tal huddled with Kees Vell.",
                 "Ivo Tal consulted with Kees Vell."]:
        got = facts(text)
        assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got, text
    for trap in ["Ivo Tal hosted the summit as the bloc's chair.", "Ivo Tal will host a summit with Kees Vell."]:
        assert not any(p == "metWith" for s, p, o in facts(trap)), trap


def test_among_those_transferred_or_exchanged_in_a_release_are_released():
    got = facts("In return, Norway handed over 124 people to Peru. Among those transferred were three former police "
                "officers accused of killing protesters.")
    assert ("Norway", "released", "three former police officers") in got
    got = facts("Kees Vell and Ana Dorn were among those exchanged by Norway on Sunday.")
    assert ("Norway", "released", "Kees Vell") in got
    got = facts("Norway sanctioned 12 officials. Among those transferred to new posts were three former police officers.")
    assert not any(p == "released" for s, p, o in got)


def test_a_delegation_led_by_someone_meets_through_its_leader():
    got = facts("Earlier this month, a Norwegian delegation led by Ambassador Ivo Tal held talks in Lima with Kees Vell.")
    assert ("Ivo Tal", "metWith", "Kees Vell") in got or ("Kees Vell", "metWith", "Ivo Tal") in got
    assert not any(p == "metWith" and "Norway" in (s, o) for s, p, o in got)
    got = facts("The Norwegian government led by Prime Minister Ivo Tal freed Kees Vell.")
    assert ("Norway", "released", "Kees Vell") in got


# --- designation lists as wire copy sets them out (devset-q round) ------------------------------------------------


def sanctions(got: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}


def test_a_bulleted_list_under_a_counted_group_told_again_names_its_members():
    got = facts("The European Union on Monday imposed asset freezes on three senior Moldovan officials.\n"
                "The three named individuals are:\n"
                "- Ion Varzari, director of the Customs Service (SV);\n"
                "- Petru Lungu, a deputy interior minister; and\n"
                "- Vasile Toma, a former judge.\n"
                "Diplomats said further names were under discussion.")
    assert {("European Union", "Ion Varzari"), ("European Union", "Petru Lungu"),
            ("European Union", "Vasile Toma")} <= sanctions(got)


def test_a_bulleted_list_under_a_group_nobody_sanctioned_targets_no_one():
    got = facts("The European Union on Monday praised three senior Moldovan officials.\n"
                "The three named individuals are:\n"
                "- Ion Varzari, director of the Customs Service;\n"
                "- Petru Lungu, a deputy interior minister; and\n"
                "- Vasile Toma, a former judge.\n"
                "Diplomats said further names were under discussion.")
    assert not sanctions(got)


def test_names_with_parenthesised_nationalities_in_a_sentence_are_names_not_a_headline():
    got = facts("The Treasury on Tuesday sanctioned Ion Varzari (Moldova), Petru Lungu (Romania) and Vasile Toma "
                "(Moldova).")
    assert {("United States", "Ion Varzari"), ("United States", "Petru Lungu"),
            ("United States", "Vasile Toma")} <= {(s.replace("U.S. Treasury Department", "United States"), o)
                                                  for s, o in sanctions(got)}


def test_a_semicolon_list_goes_on_past_an_items_bracketed_short_name_or_aside():
    got = facts("The European Union froze the assets of Ion Varzari, director of the Customs Service (SV); Petru "
                "Lungu, a deputy minister (since 2019); and Vasile Toma, a former judge.")
    assert {("European Union", "Ion Varzari"), ("European Union", "Petru Lungu"),
            ("European Union", "Vasile Toma")} <= sanctions(got)
    # a bracket does not carry the list into a clause of its own
    got = facts("The European Union froze the assets of Ion Varzari, director of the Customs Service (SV); Petru "
                "Lungu criticised the move.")
    assert ("European Union", "Petru Lungu") not in sanctions(got)


def test_the_bloc_is_the_last_union_of_states_not_an_agency_or_court_named_since():
    got = facts("The European Union froze the assets of Ion Varzari on Monday. Laboratories and the Organisation for "
                "the Prohibition of Chemical Weapons have confirmed the findings. The bloc also froze the assets of "
                "Petru Lungu.")
    assert ("European Union", "Petru Lungu") in sanctions(got)
    assert not any(s.startswith("Organisation for the Prohibition") for s, o in sanctions(got))


def test_a_name_after_for_may_join_two_fields_with_and():
    got = facts("The European Union froze the assets of the Volkov Research Institute for Organic Chemistry and "
                "Technology on Monday.")
    assert ("European Union", "Volkov Research Institute for Organic Chemistry and Technology") in sanctions(got)
    # a person after "and" is the next name of the list
    got = facts("The European Union froze the assets of the Volkov Research Institute for Strategy and Petru Lungu "
                "on Monday.")
    assert {("European Union", "Volkov Research Institute for Strategy"),
            ("European Union", "Petru Lungu")} <= sanctions(got)


def test_a_party_that_lists_people_in_a_sanctions_story_sanctions_them():
    got = facts("The European Union froze the assets of Ion Varzari on Monday. The bloc also listed the Varzari "
                "Foundation. Britain listed Petru Lungu and Vasile Toma on Tuesday.")
    assert {("European Union", "Varzari Foundation"), ("United Kingdom", "Petru Lungu"),
            ("United Kingdom", "Vasile Toma")} <= sanctions(got)
    got = facts("The Treasury sanctioned Ion Varzari on Monday. Petru Lungu was listed by Canada in 2022.")
    assert ("Canada", "Petru Lungu") in sanctions(got)


def test_listing_in_a_story_with_no_sanction_or_of_no_name_is_another_sense():
    assert not sanctions(facts("The European Union on Monday listed Ion Varzari among its honorary envoys."))
    got = facts("The Treasury sanctioned Ion Varzari on Monday. The ministry listed three reasons for the move, and "
                "Britain listed its shares in London.")
    assert sanctions(got) == {("U.S. Treasury Department", "Ion Varzari")}


def test_a_body_before_a_titled_person_is_the_persons_office_not_the_target():
    got = facts("The United States on Friday barred Moldova's army commander Ion Varzari from entering the country.")
    assert sanctions(got) == {("United States", "Ion Varzari")}
    # the body alone is the target
    got = facts("The United States on Friday imposed sanctions on Moldova's army.")
    assert ("United States", "Moldova's army") in sanctions(got)


def test_a_known_person_named_after_a_title_keeps_the_texts_spelling_as_an_alias():
    art = article_from_text("Wire report\n\nMay 3, 2019\n\nPresident Tayyip Erdogan met the envoy in Ankara on "
                            "Friday.\n", source="t.txt")
    people = {f.subject.label: f.subject.aliases for f in extract(art).facts if f.predicate == "leaderOf"}
    assert "Tayyip Erdogan" in people["Recep Tayyip Erdoğan"]


def test_the_head_of_a_bodys_named_organ_leads_the_organ_not_the_body():
    got = facts("The envoy met Ali Rezaei, head of the Houthis' Supreme Political Council, in Sanaa.")
    assert ("Ali Rezaei", "Supreme Political Council") in leaders(got)
    assert ("Ali Rezaei", "Houthis") not in leaders(got)
    got = facts("The envoy met Ali Rezaei, commander of the Revolutionary Guards' Quds Force, in Tehran.")
    assert not any(o == "Islamic Revolutionary Guard Corps" for s, o in leaders(got))
    # the body itself, with no organ after it
    got = facts("The envoy met Ali Rezaei, head of Hezbollah, in Beirut.")
    assert ("Ali Rezaei", "Hezbollah") in leaders(got)


def test_a_named_body_with_its_head_noun_before_leader_is_led_by_the_person():
    got = facts("The envoy met Polisario Front leader Mohamed Abdelaziz in the camp.")
    assert ("Mohamed Abdelaziz", "Polisario Front") in leaders(got)
    # a chamber or a party's adjective alone leads nothing
    assert not leaders(facts("The envoy met Senate leader Tom Varzari in the capital."))
    assert not leaders(facts("The envoy met Republican leader Tom Varzari in the capital."))


def test_the_head_of_a_named_part_of_a_country_leads_no_country():
    got = facts("The United States imposed sanctions on Tomas Varzari, the president of Bosnia's Serb Republic, on "
                "Tuesday.")
    assert not any(o == "Bosnia and Herzegovina" for s, o in leaders(got))
    assert not leaders(facts("The envoy met Ali Varzari, the head of Russia's Chechen Republic, on Tuesday."))
    got = facts("The envoy met Ali Varzari, the president of Moldova, on Tuesday.")
    assert ("Ali Varzari", "Moldova") in leaders(got)


def test_a_time_phrase_before_and_keeps_the_next_clause_out_of_the_list():
    got = facts("New Zealand also lifted its last sanctions on Tonga this week, and the Commonwealth said it had "
                "reinstated Tonga as a member.")
    # (the Commonwealth's readmission of a suspended member is a relief of its own: session 22, `readmit-member`)
    assert {(s, o) for s, p, o in got if p == "sanctionsLiftedOn" and s == "New Zealand"} == {("New Zealand", "Tonga")}
    assert not any(p.startswith("sanctions") and "Commonwealth" in o for s, p, o in got)
    # a list with its time phrase still lists
    got = facts("New Zealand lifted its sanctions on Tonga and Fiji this week.")
    assert {(s, o) for s, p, o in got if p == "sanctionsLiftedOn"} == {("New Zealand", "Tonga"), ("New Zealand", "Fiji")}


def test_the_same_count_of_people_paragraphs_later_is_the_one_group_of_that_count():
    got = facts("The European Union on Monday froze the assets of three senior Moldovan officials.\n"
                "The three named individuals are:\n"
                "- Ion Varzari, director of the Customs Service;\n"
                "- Petru Lungu, a deputy interior minister; and\n"
                "- Vasile Toma, a former judge.\n"
                "The measures were adopted under the bloc's new framework. Moldova welcomed them. Russia called them "
                "hostile. Britain, which left the bloc in January, listed the same three people on Tuesday.")
    assert {("United Kingdom", "Ion Varzari"), ("United Kingdom", "Petru Lungu"),
            ("United Kingdom", "Vasile Toma")} <= sanctions(got)


def test_the_same_count_with_two_groups_of_that_count_told_is_no_one():
    got = facts("The European Union on Monday froze the assets of three Moldovan officials. It also banned three "
                "Russian businessmen from entering the bloc. Moldova welcomed the move. Russia called it hostile. "
                "Officials in Chisinau said more would follow. Britain listed the same three people on Tuesday.")
    assert not any(s == "United Kingdom" for s, o in sanctions(got))


def test_relatives_named_with_their_kin_words_stay_in_one_list():
    got = facts("The Treasury designated Ion Varzari on Monday. It also blacklisted his wife, Ana Varzari, his son "
                "Petru Varzari and his daughter Elena Varzari.")
    assert {"Ana Varzari", "Petru Varzari", "Elena Varzari"} <= {o for s, o in sanctions(got)}
    # a relative named as the subject of a clause after the list is no target
    got = facts("The Treasury designated Ion Varzari on Monday. His wife, Ana Varzari, Petru Lungu said, was spared.")
    assert not {"Ana Varzari", "Petru Lungu"} & {o for s, o in sanctions(got)}


def test_a_counted_partitive_role_before_a_comma_opens_its_members():
    got = facts("The Treasury sanctioned Ion Varzari on Monday. Ottawa listed Ion Varzari along with two of his former "
                "advisers, Petru Lungu and Vasile Toma.")
    assert {("Canada", "Petru Lungu"), ("Canada", "Vasile Toma")} <= sanctions(got)
    # a partitive with no role noun before the comma lists nothing
    got = facts("The Treasury sanctioned Ion Varzari on Monday. Ottawa listed Ion Varzari along with two of his "
                "companies, Petru Lungu said.")
    assert ("Canada", "Petru Lungu") not in sanctions(got)


def test_the_dated_table_covers_sri_lanka_haiti_and_fiji():
    got = facts("The ministry said the appointment by President Gotabaya Rajapaksa was a sovereign decision.",
                dateline="February 14, 2020")
    assert ("Gotabaya Rajapaksa", "Sri Lanka") in leaders(got)
    got = facts("Prime Minister Garry Conille thanked the envoys for their help.", dateline="August 20, 2024")
    assert ("Garry Conille", "Haiti") in leaders(got)
    # out of office on the article's date: no office
    got = facts("Prime Minister Garry Conille thanked the envoys for their help.", dateline="August 20, 2019")
    assert not leaders(got)


def test_lifted_them_after_a_sanction_lifts_the_measures_on_their_targets():
    got = facts("Washington imposed sanctions on two Moldovan ministers last year over the case, and lifted them in "
                "October.")
    assert ("United States", "sanctionsLiftedOn", "two Moldovan ministers") in got
    got = facts("Washington imposed sanctions on two Moldovan ministers last year. It lifted them in October.")
    assert ("United States", "sanctionsLiftedOn", "two Moldovan ministers") in got


def test_lifting_people_onto_a_truck_lifts_no_sanctions():
    got = facts("Washington imposed sanctions on two Moldovan ministers last year. Soldiers lifted them onto a truck.")
    assert not {t for t in got if t[1] == "sanctionsLiftedOn"}
    got = facts("Soldiers carried two Moldovan ministers to the border and lifted them onto a truck.")
    assert not {t for t in got if t[1] == "sanctionsLiftedOn"}


def test_a_counted_group_of_another_office_is_new_people_not_the_group_of_that_nationality_told_before():
    got = facts("Two Moldovan staff members of the embassy remain in detention. Washington imposed sanctions on two "
                "Moldovan ministers last year.")
    assert ("United States", "two Moldovan ministers") in sanctions(got)


def test_a_list_goes_on_past_each_members_date():
    got = facts("Washington had already sanctioned Ion Varzari in June and Petru Lungu and Vasile Toma in September.")
    assert {("United States", "Ion Varzari"), ("United States", "Petru Lungu"),
            ("United States", "Vasile Toma")} <= sanctions(got)
    got = facts("Washington sanctioned Ion Varzari in 2014 and Petru Lungu in 2016.")
    assert ("United States", "Petru Lungu") in sanctions(got)
    # a date before a clause of its own
    got = facts("Washington sanctioned Ion Varzari in June and Petru Lungu criticised the move.")
    assert sanctions(got) == {("United States", "Ion Varzari")}


def test_a_party_that_names_a_person_in_a_sanctions_story_designates_them():
    got = facts("The Treasury on Monday imposed sanctions on a senior general and a timber tycoon. The Office of "
                "Foreign Assets Control named Ion Varzari, a former deputy commander, saying he had used soldiers "
                "under his command to grab land.")
    assert ("Office of Foreign Assets Control", "Ion Varzari") in sanctions(got)


def test_naming_someone_to_an_office_designates_no_one():
    story = "The Treasury on Monday imposed sanctions on a senior general. "
    for s in ("The European Union named Ion Varzari its special envoy.",
              "The European Union named Ion Varzari, a former diplomat, as envoy.",
              "Moldova named Ion Varzari to lead the talks.",
              "Moldova named Ion Varzari, a former banker, interim prime minister.",
              "Ion Varzari, who was named by Moldova as mediator, met the envoy."):
        assert "Ion Varzari" not in {o for _, o in sanctions(facts(story + s))}, s
    # and no sanction told: no designation
    assert not sanctions(facts("The Office of Foreign Assets Control named Ion Varzari, a former deputy commander."))


def test_naming_someone_in_another_sense_designates_no_one():
    story = "The U.S. imposed sanctions on two Moldovan generals on Monday. "
    for s in ("Ukraine named Ion Varzari a suspect in the bombing.",
              "The Justice Department named Ion Varzari in an indictment unsealed on Tuesday.",
              "The White House named Ion Varzari on Tuesday to lead the negotiations.",
              "The Kremlin named Petru Lungu a foreign agent on Friday.",
              "Romania named Petru Lungu last week as its envoy."):
        assert not {o for _, o in sanctions(facts(story + s))} - {"two Moldovan generals"}, s
    # a party that imposed no sanction names no one, while a body of the sanctioning state does
    got = facts(story + "The Office of Foreign Assets Control named Ion Varzari, a former deputy commander.")
    assert ("Office of Foreign Assets Control", "Ion Varzari") in sanctions(got)


def test_a_partys_designation_or_listing_of_a_person_is_its_sanction():
    story = "The Treasury imposed sanctions on a senior general on Monday. "
    got = facts(story + "Moldova criticised Britain's blacklisting of Ion Varzari.")
    assert ("United Kingdom", "Ion Varzari") in sanctions(got)
    got = facts(story + "The EU's listing of Ion Varzari and Petru Lungu took effect on Tuesday.")
    assert {("European Union", "Ion Varzari"), ("European Union", "Petru Lungu")} <= sanctions(got)


def test_a_designation_as_envoy_or_a_listing_on_an_exchange_is_another_sense():
    story = "The Treasury imposed sanctions on a senior general on Monday. "
    for s in ("Moldova's designation of Ion Varzari as envoy surprised diplomats.",
              "Britain's listing of Ion Varzari on the London stock exchange was delayed.",
              "Washington's blacklisting of senior Moldovan officials angered Chisinau."):
        assert not {o for _, o in sanctions(facts(story + s))} - {"senior general"}, s


def test_a_designation_as_a_terrorist_group_is_the_sanction_and_as_an_office_is_not():
    story = "The EU imposed sanctions on Moldova on Monday. "
    got = facts(story + "Washington's designation of the Houthis as a terrorist group took effect.")
    assert ("United States", "Houthis") in sanctions(got)
    got = facts(story + "Britain's listing of Ion Varzari as a terrorist took effect on Tuesday.")
    assert ("United Kingdom", "Ion Varzari") in sanctions(got)
    for s in ("Moldova's designation of Ion Varzari as its new ambassador surprised diplomats.",
              "Romania's designation of Ion Varzari as deputy prime minister surprised diplomats."):
        assert not {o for _, o in sanctions(facts(story + s))} - {"Moldova"}, s


def test_listing_someone_among_others_enumerates_and_designates_no_one():
    story = "The EU imposed sanctions on two Moldovan generals on Monday. "
    for s in ("Human Rights Watch listed Ion Varzari among the journalists detained last year.",
              "Canada listed Ion Varzari, a former banker, among the victims of the fraud."):
        assert not {o for _, o in sanctions(facts(story + s))} - {"two Moldovan generals"}, s
    got = facts(story + "Canada listed Ion Varzari on Tuesday.")
    assert ("Canada", "Ion Varzari") in sanctions(got)


def test_a_nationality_before_a_measure_after_under_names_who_holds_it():
    got = facts("Ion Varzari and Petru Lungu are already under Canadian sanctions.")
    assert {("Canada", "Ion Varzari"), ("Canada", "Petru Lungu")} <= sanctions(got)
    got = facts("Ion Varzari, already under British sanctions, denied wrongdoing.")
    assert ("United Kingdom", "Ion Varzari") in sanctions(got)
    # a nationality before the measure with no such word before it holds nothing
    assert not sanctions(facts("The firm said Russian sanctions would hurt trade with Ion Varzari."))


def test_a_relative_clause_that_puts_its_person_under_sanctions():
    got = facts("Ion Varzari, who is already under EU sanctions, denied wrongdoing.")
    assert ("European Union", "Ion Varzari") in sanctions(got)
    got = facts("The envoy met Petru Lungu, who has been under U.S. sanctions since 2019.")
    assert ("United States", "Petru Lungu") in sanctions(got)
    # a relative clause about something else
    assert not sanctions(facts("Ion Varzari, who is under investigation, denied the EU sanctions claims."))


def test_a_person_on_a_partys_sanctions_list_or_blacklist_is_under_its_sanctions():
    got = facts("Ion Varzari, who is on the U.S. sanctions list, denied wrongdoing.")
    assert ("United States", "Ion Varzari") in sanctions(got)
    got = facts("Petru Lungu remains on the EU's blacklist.")
    assert ("European Union", "Petru Lungu") in sanctions(got)
    # not on it, or on a list of another kind
    assert not sanctions(facts("Ion Varzari is not on the U.S. sanctions list."))
    assert not sanctions(facts("Ion Varzari is on the list of speakers at the EU summit."))


def test_whose_assets_a_party_froze_and_whom_it_listed():
    got = facts("Ion Varzari, whose assets the EU froze in 2022, denied wrongdoing.")
    assert ("European Union", "Ion Varzari") in sanctions(got)
    got = facts("Petru Lungu, whom Canada listed in 2022, denied wrongdoing.")
    assert ("Canada", "Petru Lungu") in sanctions(got)
    # negated, or another sense of the verb
    assert not sanctions(facts("Ion Varzari, whose assets the EU has not frozen, denied wrongdoing."))
    assert not sanctions(facts("Ion Varzari, whom Canada named as envoy, arrived on Monday."))


def test_lifting_or_suspending_visa_and_entry_bans_is_relief():
    got = facts("Canada lifted its entry ban on Ion Varzari on Monday.")
    assert ("Canada", "sanctionsLiftedOn", "Ion Varzari") in got
    got = facts("The European Union has suspended some visa bans on Moldovan officials, including the defence "
                "minister, Petru Lungu, but kept its other measures in place.")
    assert ("European Union", "sanctionsLiftedOn", "Petru Lungu") in got
    # a ban left in place is no relief
    assert not {t for t in facts("Canada kept its entry ban on Ion Varzari on Monday.") if t[1] == "sanctionsLiftedOn"}


def test_a_ruler_the_article_told_as_ousted_leads_nothing_when_named_again():
    body = ("Sudan's leaders have shared power since August 2019, four months after the armed forces ousted "
            "long-time ruler Omar al-Bashir following mass protests. Bashir is in prison in Khartoum.")
    got = facts(body, dateline="KHARTOUM, Feb 3 (Reuters)")
    assert not any(s == "Omar al-Bashir" for s, o in leaders(got))


def test_lifting_the_last_of_them_lifts_the_measures_just_told():
    got = facts("The EU had banned 12 senior Moldovan officials from travelling to the bloc. It dropped the visa bans "
                "in stages, lifting the last of them a year ago.")
    assert ("European Union", "sanctionsLiftedOn", "12 senior Moldovan officials") in got


# --- review of the fourteenth integration: near-misses of its new rules -----------------------------------


def released_by(got: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in got if p == "released"}


def test_prisoners_transferred_to_another_prison_are_not_released():
    for body in ("Ion Varzari was among the prisoners transferred by Russia to a maximum-security prison on Monday.",
                 "Russia jailed five activists in May. Among those transferred by Russia were Ion Varzari and Petru "
                 "Lungu, who were moved to a prison in Siberia.",
                 "Petru Lungu was among the detainees handed over to the police on Friday."):
        assert not released_by(facts(body)), body
    # after a release just told, those transferred are its freed people; a swap is always a release
    got = facts("Moldova handed over 40 prisoners to Romania on Sunday. Among those transferred were Ion Varzari "
                "and Petru Lungu.")
    assert {("Moldova", "Ion Varzari"), ("Moldova", "Petru Lungu")} <= released_by(got)
    got = facts("Ion Varzari was among the prisoners exchanged by Russia on Monday.")
    assert ("Russia", "Ion Varzari") in released_by(got)


def met(got: set[tuple[str, str, str]]) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in got if p == "metWith"}


def test_hosting_or_attending_a_meeting_with_others_named_joins_no_meeting_told_before():
    told = "Xi met Putin in Moscow on Monday. "
    for s in ("Macron hosted the talks with Scholz in Paris on Friday.",
              "Biden chaired the meeting of his national security team on Tuesday.",
              "Macron attended the meeting between Scholz and Meloni in Rome."):
        got = met(facts(told + s))
        assert not any("Vladimir Putin" in pair and len(pair - {"Vladimir Putin", "Xi Jinping"}) for pair in got), s
    # the meeting told, hosted by another: he joins it
    got = met(facts(told + "Lukashenko hosted the talks."))
    assert frozenset(("Alexander Lukashenko", "Vladimir Putin")) in got


def test_a_blacklist_of_critics_or_journalists_is_no_sanctions_list():
    story = "Britain imposed sanctions on two Moldovan generals on Monday. "
    for s in ("Ion Varzari, who is on the government's blacklist of critics, denied wrongdoing.",
              "Petru Lungu remains on the Kremlin's blacklist of foreign journalists."):
        assert not {o for _, o in sanctions(facts(story + s))} - {"two Moldovan generals"}, s
    got = facts(story + "Petru Lungu remains on the EU's blacklist.")
    assert ("European Union", "Petru Lungu") in sanctions(got)


def test_people_met_at_a_multilateral_summit_do_not_all_meet_each_other():
    for body in ("Biden met Xi Jinping and Narendra Modi at a multilateral summit in Bali.",
                 "Biden met Xi Jinping and Narendra Modi at a trilateral summit in Bali.",
                 "Biden met Xi Jinping and Narendra Modi during the multilateral talks in Bali."):
        got = met(facts(body, dateline="November 14, 2022"))
        assert frozenset(("Joe Biden", "Xi Jinping")) in got, body
        assert frozenset(("Xi Jinping", "Narendra Modi")) not in got, body
    got = met(facts("Biden met Xi Jinping and Narendra Modi for a trilateral meeting in Bali.",
                    dateline="November 14, 2022"))
    assert frozenset(("Xi Jinping", "Narendra Modi")) in got


def test_subject_to_or_in_breach_of_national_sanctions_names_no_sanctioning_party():
    for body in ("Five companies were already subject to Russian sanctions, the Treasury said.",
                 "The tanker sailed in breach of North Korean sanctions, the panel said."):
        assert not sanctions(facts(body)), body
    # "under" names who holds the measure, unless the article tells sanctions on that country
    got = facts("Ion Varzari, who is under Iranian sanctions, denied the charges.")
    assert ("Iran", "Ion Varzari") in sanctions(got)
    got = facts("The EU imposed new sanctions on Iran on Monday. Ion Varzari, who is under Iranian sanctions, "
                "denied the charges.")
    assert sanctions(got) == {("European Union", "Iran")}


def test_a_government_after_a_function_word_or_a_verb_is_not_the_countrys_own():
    for opening in ("Peru's support for the government in Lima angered Washington.",
                    "Peru's envoy said the government in Lima was stable.",
                    "Peru's talks with the government of Bolivia stalled."):
        got = facts(opening + " Chile's foreign minister arrived in Santiago. The government freed 200 political "
                    "prisoners on Monday.")
        assert ("Chile", "released", "200 political prisoners") in got, opening


def test_a_former_minister_named_again_may_be_the_sitting_leader_but_a_former_president_is_not():
    for opening in ("Former vice president Joe Biden spoke in Ohio on Monday.",
                    "Former senator Joe Biden spoke in Ohio on Monday."):
        got = facts(opening + " Biden told reporters that the talks would go on.", dateline="October 4, 2022")
        assert ("Joe Biden", "United States") in leaders(got), opening
    got = facts("Former President Joe Biden spoke in Ohio on Monday. Biden told reporters that the talks would go on.",
                dateline="October 4, 2022")
    assert not leaders(got)


def test_welcoming_a_visit_by_someone_is_no_praise_of_them():
    for s in ("Ivo Tal welcomed the visit by Kees Vell to Lima.", "Ivo Tal welcomed the arrival by Kees Vell on Monday.",
              "Ivo Tal praised the trip by Kees Vell to Quito."):
        assert not any(p == "praisedBy" for _, p, _ in facts(s)), s
    got = facts("Ivo Tal praised the decision by Kees Vell to free the prisoners.")
    assert ("Kees Vell", "praisedBy", "Ivo Tal") in got
    got = facts("Ivo Tal welcomed the decision by Kees Vell to free the prisoners.")  # CAMEO: praise or endorse
    assert ("Kees Vell", "praisedBy", "Ivo Tal") in got


def test_a_prime_minister_of_a_few_months_leads_the_country_in_those_months():
    got = facts("Chandrika Kumaratunga told parliament the talks would resume.", dateline="COLOMBO, October 4, 1994")
    assert ("Chandrika Kumaratunga", "Sri Lanka") in leaders(got)


def test_a_country_in_brackets_after_a_company_is_its_country_not_its_name():
    got = facts("Acme Shipping Ltd (UAE) was sanctioned by the Treasury, which also sanctioned Sea Star Ltd (Iran) "
                "on Monday.")
    assert ("U.S. Treasury Department", "Acme Shipping Ltd") in sanctions(got)
    assert ("U.S. Treasury Department", "Sea Star Ltd") in sanctions(got)
    assert not {o for s, o in sanctions(got)} & {"United Arab Emirates", "Iran"}
    got = facts("Orion Trading Co (Iran) was sanctioned by the EU on Monday.")
    assert {o for s, o in sanctions(got)} == {"Orion Trading Co"}
    # a short name the gazetteer knows still stands for a long one it does not
    assert ("Hamas", "released", "two hostages") in facts("The Islamic Resistance Movement (Hamas) freed two hostages.")


def test_pm_after_a_clock_time_is_no_prime_minister():
    assert not leaders(facts("Talks ended at 9 PM Putin said."))
    assert not leaders(facts("The meeting ran until 11 pm Johnson told reporters."))
    assert ("Boris Johnson", "United Kingdom") in leaders(facts("Talks ended at 9 PM. PM Boris Johnson met Putin."))


def test_calling_on_someone_to_act_is_an_appeal_not_a_visit():
    for body in ("Biden called on Putin on Tuesday to withdraw his troops.",
                 "Biden called on Putin again to withdraw his troops.",
                 "Scholz called on Putin in a televised speech to withdraw his troops.",
                 "Macron called on Iranian President Raisi not to escalate.",
                 "Biden called on President Xi Jinping, saying the talks must continue.",
                 "Merkel calls on Erdogan repeatedly for restraint."):
        assert not {t for t in facts(body) if t[1] == "metWith"}, body
    # a visit: the clause ends with a place or a time, or the call is "paid"
    assert ("Joe Biden", "metWith", "Vladimir Putin") in facts("Biden called on Putin at the Kremlin on Tuesday.")
    assert ("Joe Biden", "metWith", "Vladimir Putin") in facts("Biden paid a courtesy call on Putin on Tuesday.")
    assert ("Joe Biden", "metWith", "Vladimir Putin") in facts("Biden later called on Putin.")


def test_a_future_sanction_is_told_as_decided_only_when_its_government_says_so_without_condition():
    for body in ("Japan will impose sanctions on Russia, analysts said.",
                 "Japan will impose sanctions on Russia, some diplomats said on Friday.",
                 "Japan will impose sanctions on Russia, the opposition said.",
                 "Japan will impose sanctions on Russia, the government said, if Moscow annexes the region.",
                 "Japan will impose sanctions on Russia, the government said, unless Moscow withdraws.",
                 "Japan will impose sanctions on Russia in 2030 at the earliest, the government said.",
                 "Canada will impose sanctions on Iran next year, the foreign ministry said."):
        assert not sanctions(facts(body)), body
    assert ("Japan", "Russia") in sanctions(facts("Japan will impose sanctions on Russia, the government said."))
    got = facts("Canada will impose sanctions on Iran, the foreign ministry announced on Friday.")
    assert ("Canada", "Iran") in sanctions(got)


def test_an_american_citizen_told_twice_is_two_people_and_no_list_of_two_kinds():
    art = article_from_text("Wire report\n\nMarch 3, 2021\n\nIran freed an American citizen on Monday. Separately, "
                            "Russia released an American citizen on Friday.\n", source="t.txt")
    freed = {f.object.iri for f in extract(art).facts if f.predicate == "released"}
    assert len(freed) == 2
    got = facts("Iran released an American journalist and a British diplomat.")
    assert not any(" and " in o for s, p, o in got)


def test_a_two_word_name_beside_a_longer_one_with_its_first_and_last_names_is_another_man():
    got = facts("Iran freed Mohammed Hassan Ali and Mohammed Ali on Monday. Mohammed Ali later arrived in Germany.")
    assert {("Iran", "released", "Mohammed Hassan Ali"), ("Iran", "released", "Mohammed Ali"),
            ("Mohammed Ali", "releasedTo", "Germany")} <= got
    got = facts("Iran freed Mohammed Ali on Monday. Mohammed Hassan Ali was freed too. Mohammed Ali arrived in Germany.")
    assert ("Mohammed Ali", "releasedTo", "Germany") in got
    # the same man named in full first, then shorter in a later sentence
    got = facts("Iran freed Jeffrey Edward Fowle on Monday. Jeffrey Fowle later arrived in Germany.")
    assert ("Jeffrey Edward Fowle", "releasedTo", "Germany") in got


def test_that_country_is_the_one_country_the_sentence_before_named_as_a_target_and_this_one_did_not():
    got = facts("Peru imposed sanctions on Chile. Then Bolivia criticised the move. Argentina later lifted its "
                "sanctions against that country.")
    assert not {t for t in got if t[1] == "sanctionsLiftedOn"}
    got = facts("The EU imposed sanctions on Russia. Brussels said Germany agreed. The bloc lifted its sanctions on "
                "that country in 2024.")
    assert not {t for t in got if t[1] == "sanctionsLiftedOn"}
    got = facts("The EU imposed sanctions on Russia in 2014. The bloc lifted its sanctions on that country in 2024.")
    assert ("European Union", "sanctionsLiftedOn", "Russia") in got
    got = facts("Peru imposed sanctions on Chile and Bolivia. Argentina later lifted its sanctions against that country.")
    assert not {t for t in got if t[1] == "sanctionsLiftedOn"}


def test_a_counterpart_with_a_ministers_title_or_not_the_leader_then_leads_nothing():
    assert ("Jean Dupont", "France") not in leaders(
        facts("President Biden met his French counterpart, Foreign Minister Jean Dupont, in Paris."))
    assert ("Jorge Ramos", "Chile") not in leaders(
        facts("President Biden met his Chilean counterpart Jorge Ramos, the foreign minister, in Lima."))
    assert ("Wang Yi", "China") not in leaders(facts("President Biden met his Chinese counterpart Wang Yi in Bali."))
    got = facts("President Biden met his French counterpart Emmanuel Macron in Paris.")
    assert ("Emmanuel Macron", "France") in leaders(got)


def test_a_city_stands_for_its_country_as_a_destination_where_the_gazetteer_flags_the_country():
    from kg.extraction.gazetteer import default_gazetteer
    assert "US" in default_gazetteer().places_stand_for and "GB" not in default_gazetteer().places_stand_for
    got = facts("Iran freed Tom Bell, who arrived on Wednesday in New York.")
    assert ("Tom Bell", "releasedTo", "United States") in got
    got = facts("Iran freed Tom Bell, who arrived on Wednesday in Manchester.")
    assert ("Tom Bell", "releasedTo", "United Kingdom") not in got


def test_the_two_after_the_other_side_of_a_swap_are_the_two_that_side_freed_last():
    got = facts("Two Chilean citizens jailed in Peru returned to Santiago on Tuesday in an exchange for two men "
                "convicted in Chile. Ana Costa and Luis Soto landed in Santiago after being pardoned by Peru. In return, "
                "Chile pardoned Maria Lopez and Pedro Ruiz, two residents of Arica. Chilean officials said the two were "
                "handed over at the Peruvian border and went on to Peru.")
    assert {("Maria Lopez", "releasedTo", "Peru"), ("Pedro Ruiz", "releasedTo", "Peru")} <= got
    assert not any(p == "releasedTo" and o == "Peru" and s in ("Ana Costa", "Luis Soto") for s, p, o in got)
    assert not any(p == "released" and s == "Chile" and o in ("Ana Costa", "Luis Soto") for s, p, o in got)
    # trap: people told as the group's own members, with no release of their own, leave "the two" the group
    got = facts("Two Chilean engineers kidnapped in Peru have been freed, officials said. Ana Costa and Luis Soto were "
                "seized from their homes in 2019. Officials said the two were in good health. The men were flown to "
                "Lima.")
    assert {("Ana Costa", "releasedTo", "Lima"), ("Luis Soto", "releasedTo", "Lima")} <= got


def test_people_with_descriptions_in_commas_who_landed_after_being_pardoned_were_freed_and_flown_there():
    got = facts("Ana Costa, an activist from Leon who had been sentenced in Peru to five years on spying charges, and "
                "Luis Soto, a 60-year-old former manager of a Chilean mine jailed for four years, landed in Santiago "
                "on a government plane after being pardoned by Peru.")
    assert {("Peru", "released", "Ana Costa"), ("Peru", "released", "Luis Soto"),
            ("Ana Costa", "releasedTo", "Santiago"), ("Luis Soto", "releasedTo", "Santiago")} <= got
    # trap: a described speaker is not the one who landed
    got = facts("Ana Costa, a lawyer for the family, said Luis Soto landed in Santiago after being pardoned by Peru.")
    assert ("Peru", "released", "Ana Costa") not in got


def test_church_titles_before_a_released_persons_name_are_no_part_of_the_name():
    got = facts("Peru released Roman Catholic Bishop Rolando Perez and the Rev. Mario Ruiz on Sunday.")
    assert {("Peru", "released", "Rolando Perez"), ("Peru", "released", "Mario Ruiz")} <= got
    # trap: Bishop as a surname stays in the name
    got = facts("Peru freed Tom Bishop on Sunday.")
    assert ("Peru", "released", "Tom Bishop") in got


def test_them_after_a_released_list_of_people_and_counted_groups_is_every_part_of_the_list():
    got = facts("Peru released Ana Costa and another bishop, along with 15 priests and two seminarians, and flew them "
                "to Rome on Sunday.")
    assert {("Ana Costa", "releasedTo", "Rome"), ("15 priests", "releasedTo", "Rome"),
            ("two seminarians", "releasedTo", "Rome")} <= got
    # trap: a part told with "including" is not added to its whole
    got = facts("Peru released 40 prisoners, including 13 pastors, and flew them to Rome on Sunday.")
    assert ("13 pastors", "releasedTo", "Rome") not in got


def test_a_definite_count_after_a_freed_list_of_people_and_groups_is_that_list():
    got = facts("Peru released Ana Costa, along with 15 priests and two seminarians, on Sunday. A statement said "
                "the 18 clergymen had been sent to the Vatican.")
    assert {("Ana Costa", "releasedTo", "Vatican"), ("15 priests", "releasedTo", "Vatican"),
            ("two seminarians", "releasedTo", "Vatican")} <= got
    assert not any(s == "18 clergymen" for s, p, o in got)
    # trap: a count that the list does not add up to is another group
    got = facts("Peru released Ana Costa, along with 15 priests and two seminarians, on Sunday. A statement said "
                "the 40 clergymen had been sent to the Vatican.")
    assert ("two seminarians", "releasedTo", "Vatican") not in got


def test_a_surname_alone_stays_the_first_persons_after_a_son_of_that_name_is_told():
    got = facts("Chile imposed sanctions on Tom Hale and his son Mark Hale on Friday. Hale freed 20 prisoners in 2016.")
    assert ("Tom Hale", "released", "20 prisoners") in got
    assert ("Mark Hale", "released", "20 prisoners") not in got
    # trap: the son named in full is still the son
    got = facts("Chile imposed sanctions on Tom Hale and his son Mark Hale on Friday. Mark Hale freed 20 prisoners "
                "in 2016.")
    assert ("Mark Hale", "released", "20 prisoners") in got


def test_the_countrys_president_with_an_honorific_leads_the_country_the_dated_table_gives():
    got = facts("The pardon was granted by the country's president, Sheikh Khalifa bin Zayed Al Nahyan, as part of "
                "an annual amnesty.", dateline="November 26, 2018")
    assert ("Khalifa bin Zayed Al Nahyan", "leaderOf", "United Arab Emirates") in got
    # trap: a name the table does not hold leads nothing
    got = facts("The country's president, Luis Soto, met Ana Costa.")
    assert not leaders(got)


def test_the_president_of_the_republic_leads_no_body_called_republic():
    got = facts("Theresa May is being received by the President of the Republic, Emmanuel Macron.",
                dateline="November 26, 2018")
    assert ("Emmanuel Macron", "leaderOf", "France") in got
    got = facts("Ana Costa is being received by the President of the Republic, Luis Soto.")
    assert not any(o == "Republic" for s, p, o in got)


def test_a_known_leader_keeps_the_name_with_the_honorific_the_text_gives_as_an_alias():
    art = article_from_text("Wire report\n\nNovember 26, 2018\n\nThe pardon was granted by the country's president, "
                            "Sheikh Khalifa bin Zayed Al Nahyan, as part of an annual amnesty.\n", source="t.txt")
    lead = next(f for f in extract(art).facts if f.predicate == "leaderOf")
    assert "Sheikh Khalifa bin Zayed Al Nahyan" in lead.subject.aliases
    # trap: the title and the country before the name are no alias
    art = article_from_text("Wire report\n\nNovember 26, 2018\n\nPeruvian President Luis Soto met Theresa May.\n",
                            source="t.txt")
    lead = next(f for f in extract(art).facts if f.predicate == "leaderOf")
    assert not any("French" in a for a in lead.subject.aliases)


def test_a_deputy_named_with_a_leaders_title_is_not_read_as_the_leader_from_the_dated_table():
    art = article_from_text("Wire report\n\nObama did not meet Deputy President William Ruto, who faces a trial.\n",
                            source="t.txt")
    assert not any(f.predicate == "leaderOf" and f.subject.label == "William Ruto" for f in extract(art).facts)
    # trap: the same name with the leader's title is read from the table
    art = article_from_text("Wire report\n\nAna Costa met President William Ruto in Nairobi.\n", source="t.txt")
    assert any(f.predicate == "leaderOf" and f.subject.label == "William Ruto" for f in extract(art).facts)


def test_a_titled_leader_followed_by_who_was_ousted_leads_nothing():
    got = facts("President Ana Costa of Peru, who was ousted in March, met Luis Soto in Lima.")
    assert not leaders(got)
    # trap: a relative clause that tells no loss of office keeps the leader
    got = facts("President Ana Costa of Peru, who was elected in March, met Luis Soto in Lima.")
    assert ("Ana Costa", "Peru") in leaders(got)


def test_a_titled_leader_in_a_when_clause_after_a_past_year_leads_nothing_now():
    got = facts("Relations have been strained since 1990, when Peruvian President Ana Costa cut off military aid.")
    assert not leaders(got)
    # trap: a year told after the leader's own clause leaves the office
    got = facts("Peruvian President Ana Costa cut off military aid in 1990, when the war began.")
    assert ("Ana Costa", "Peru") in leaders(got)


def test_a_person_first_titled_crown_prince_is_not_read_as_a_leader_from_the_table_when_named_again_alone():
    body = ("Joe Biden greeted Crown Prince Mohammed bin Salman on Friday. The Treasury acted in 2021. According to "
            "Biden, Mohammed bin Salman replied that he was not responsible.")
    art = article_from_text(f"Wire report\n\n{body}\n", source="t.txt")
    assert not any(f.predicate == "leaderOf" and f.subject.label == "Mohammed bin Salman" for f in extract(art).facts)
    # trap: named with the table's office first, he leads
    art = article_from_text(f"Wire report\n\n{body.replace('Crown Prince', 'Prime Minister')}\n", source="t.txt")
    assert any(f.predicate == "leaderOf" and f.subject.label == "Mohammed bin Salman" for f in extract(art).facts)


def test_a_pope_the_dated_table_holds_leads_the_vatican():
    got = facts("Ana Costa had a private audience with Pope Francis at the Vatican on Monday.", dateline="May 4, 2016")
    assert ("Pope Francis", "Vatican") in leaders(got)
    # trap: out of the table's dates, no pope named leads
    got = facts("Ana Costa prayed at the tomb of Pope John Paul II on Monday.", dateline="May 4, 2016")
    assert not leaders(got)


def test_a_king_named_without_his_dynasty_is_the_dated_tables_king():
    got = facts("Ana Costa first met King Salman bin Abdulaziz, the 86-year-old monarch, at the palace.",
                dateline="July 15, 2022")
    assert ("Salman bin Abdulaziz", "Saudi Arabia") in leaders(got)
    # trap: before his reign the same words lead nothing
    got = facts("Ana Costa first met Prince Salman bin Abdulaziz at the palace.", dateline="July 15, 2010")
    assert not leaders(got)


def test_the_caretaker_prime_minister_comma_name_leads_the_country_the_dated_table_gives():
    got = facts("In Jerusalem he held talks with the caretaker Prime Minister, Yair Lapid.", dateline="July 15, 2022")
    assert ("Yair Lapid", "Israel") in leaders(got)
    # trap: a deputy with the same comma shape leads nothing
    got = facts("In Jerusalem he held talks with the deputy Prime Minister, Yair Lapid.", dateline="July 15, 2022")
    assert not leaders(got)


def test_the_agencys_director_general_comma_name_leads_the_body_the_dated_table_gives():
    got = facts("The council asked the agency's director general, Mohamed ElBaradei, to report within 60 days.",
                dateline="December 23, 2006")
    assert ("Mohamed ElBaradei", "International Atomic Energy Agency") in leaders(got)
    # trap: a name the table does not hold leads nothing
    got = facts("The council asked the agency's director general, Ana Costa, to report within 60 days.",
                dateline="December 23, 2006")
    assert not leaders(got)


def test_the_head_of_a_well_known_iraqi_militia_leads_it():
    got = facts("Ana Costa, the head of the Asaib Ahl al-Haq militia, denied the charges.")
    assert ("Ana Costa", "Asaib Ahl al-Haq") in leaders(got)
    # trap: a senior commander of the group does not lead it
    got = facts("Ana Costa, a senior commander of Asaib Ahl al-Haq, denied the charges.")
    assert not leaders(got)


def test_one_person_freed_by_description_is_the_person_new_to_the_article_who_opens_the_next_sentence():
    got = facts("Peru said Monday it had released and deported a 75-year-old Australian missionary who was arrested "
                "last month. John Short, who has lived in Hong Kong for decades, was put on a flight to Beijing on "
                "Monday morning, his wife said.")
    assert {("Peru", "released", "John Short"), ("John Short", "releasedTo", "Beijing")} <= got
    got = facts("Peru released an Australian missionary on Monday.")
    assert ("Peru", "released", "an Australian missionary") in got
    # trap: a person already told before is no new member
    got = facts("John Short met the envoy in May. Peru released an Australian missionary on Monday. John Short, who "
                "has lived in Hong Kong for decades, was put on a flight to Beijing.")
    assert ("Peru", "released", "John Short") not in got


def test_mr_and_the_first_word_of_a_two_word_name_is_that_person_written_family_name_first():
    got = facts("Peru released the dissident Wang Dan from prison today. Officials said Mr. Wang, 29, had been freed "
                "for medical treatment.")
    assert ("Peru", "released", "Wang Dan") in got
    assert not any(o == "Wang" for s, p, o in got)
    # trap: a given name alone with no honorific is no reference to the person
    got = facts("Peru released the dissident Tom Hale from prison today. Tom said he was relieved.")
    assert ("Peru", "released", "Tom Hale") in got


def test_custody_told_after_in_exchange_for_is_the_other_sides_and_frees_no_one():
    got = facts("Two Chilean citizens were freed on Tuesday in exchange for a fighter held in Norway.")
    assert not any(s == "Norway" and p == "released" for s, p, o in got)
    # trap: custody told before the swap still names who freed them
    got = facts("Two Chilean citizens held in Norway were freed on Tuesday in exchange for a fighter.")
    assert ("Norway", "released", "two Chilean citizens") in got


def test_released_people_who_are_now_free_in_a_country_went_there():
    got = facts("Ana Costa and 13 other prisoners have been released from jail and are now free in Lithuania.")
    assert {("Ana Costa", "releasedTo", "Lithuania"), ("13 other prisoners", "releasedTo", "Lithuania")} <= got
    got = facts("Peru released Ana Costa on Monday. She is now free in Lithuania.")
    assert ("Ana Costa", "releasedTo", "Lithuania") in got
    # traps: a release to come, and a person no one freed
    got = facts("Peru will now free 50 prisoners in Lima.")
    assert not any(p == "releasedTo" for s, p, o in got)
    got = facts("Ana Costa, a writer, is now free in Lithuania to publish her books.")
    assert not any(p == "releasedTo" for s, p, o in got)


def test_one_prisoner_of_war_or_one_soldier_is_a_counted_group_of_one():
    got = facts("Peru has returned one prisoner of war to Chile.")
    assert {("Peru", "released", "one prisoner of war"), ("one prisoner of war", "releasedTo", "Chile")} <= got
    got = facts("Peru freed one Chilean soldier on Monday.")
    assert ("Peru", "released", "one Chilean soldier") in got
    # trap: a soldier with no count is nobody counted
    got = facts("Peru said a soldier was wounded on Monday.")
    assert not got
# --- calls and praise, session 15 (extract37) ---------------------------------------------------------------


def mets(got: set[tuple[str, str, str]]) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in got if p == "metWith"}


def test_separate_calls_with_several_leaders_join_the_caller_to_each_and_never_the_called_to_each_other():
    got = facts("Prime Minister Lena Vok said she had discussed the prisoner exchanges in separate telephone calls on "
                "Monday with Omar Haddad, with Chancellor Dirk Balder and with President Ines Moura.")
    assert {frozenset(("Lena Vok", x)) for x in ("Omar Haddad", "Dirk Balder", "Ines Moura")} <= mets(got)
    assert not {m for m in mets(got) if "Lena Vok" not in m}
    # the trap: "telephone" and "phone" before "calls" are no verb, and with no caller no one talked to anyone
    got = facts("The minister held separate phone calls with Chancellor Dirk Balder and President Ines Moura.")
    assert not mets(got)


def test_a_call_told_as_a_noun_between_three_leaders_or_after_a_possessor_is_a_call_but_a_demand_is_not():
    got = facts("The accord was sealed in a three-way telephone call between Tom Rider, Omar Haddad and Ines Moura.")
    assert mets(got) == {frozenset(p) for p in (("Tom Rider", "Omar Haddad"), ("Tom Rider", "Ines Moura"),
                                                 ("Omar Haddad", "Ines Moura"))}
    assert frozenset(("Tom Rider", "Omar Haddad")) in mets(facts("Tom Rider's phone call with Omar Haddad lasted an hour."))
    assert not mets(facts("Tom Rider called for talks between Omar Haddad and Ines Moura."))
    assert not mets(facts("Tom Rider's call for talks with Omar Haddad was rejected."))


def test_a_name_after_comma_and_with_verbs_of_its_own_opens_a_new_clause_and_him_is_not_that_name():
    got = facts("The summit was a success for President Omar Haddad. Chancellor Dirk Balder visited him in Rabat in "
                "May, and President Ines Moura, whose government once criticised the ruling party, visited in June "
                "and embraced him.")
    assert frozenset(("Dirk Balder", "Omar Haddad")) in mets(got)
    assert frozenset(("Ines Moura", "Omar Haddad")) in mets(got)
    assert frozenset(("Dirk Balder", "Ines Moura")) not in mets(got)
    # the trap: a list closed by ", and" still shares its verb's subject with the next verb
    got = facts("Chancellor Dirk Balder met Omar Haddad, Tom Rider, and Ali Demir, and praised Ines Moura.")
    assert ("Ines Moura", "praisedBy", "Dirk Balder") in got


def test_a_monarch_named_with_a_title_and_a_long_name_is_also_known_by_the_title_and_first_name():
    art = article_from_text("Wire report\n\nMarch 3, 2021\n\nPresident Tom Rider met King Faisal bin Nasser at the "
                            "palace and Prime Minister Ali Demir in the capital.\n", source="t.txt")
    ents = {e.label: e.aliases for e in extract(art).entities}
    assert "King Faisal" in ents["Faisal bin Nasser"]
    # the trap: a president's title is no part of a usual name
    assert "President Ali" not in ents.get("Ali Demir", ()) and "Prime Minister Ali" not in ents.get("Ali Demir", ())


def test_the_two_men_are_the_two_described_subjects_not_a_name_inside_the_first_ones_description():
    got = facts("Ivan Petrov, an engineer who had been jailed alongside the poet Oleg Marin, and Yuri Vasko, a "
                "retired sailor held for two years, landed in Kiev on Friday. President Tom Rider met the two men at "
                "the airport.")
    assert {frozenset(("Tom Rider", "Ivan Petrov")), frozenset(("Tom Rider", "Yuri Vasko"))} <= mets(got)
    assert frozenset(("Tom Rider", "Oleg Marin")) not in mets(got)
    # the trap: with no such subject the pair joined by "and" is still the two men
    got = facts("Ivan Petrov and Yuri Vasko landed in Kiev. President Tom Rider met the two men at the airport.")
    assert {frozenset(("Tom Rider", "Ivan Petrov")), frozenset(("Tom Rider", "Yuri Vasko"))} <= mets(got)


def test_appreciation_for_or_gratitude_to_what_a_party_did_praises_the_party():
    got = facts("Foreign Minister Ana Costa expressed appreciation for Oman's constructive efforts.")
    assert ("Oman", "praisedBy", "Ana Costa") in got
    got = facts("Ana Costa's gratitude to Norway was plain at the ceremony.")
    assert ("Norway", "praisedBy", "Ana Costa") in got
    # the trap: a name inside the phrase of what the praised one did is not praised
    got = facts("Ana Costa praised Tom Rider for his defence of Peru's institutions.")
    assert ("Peru", "praisedBy", "Ana Costa") not in got and ("Tom Rider", "praisedBy", "Ana Costa") in got


def test_a_titled_person_after_someones_possessive_is_the_subject_of_their_clause():
    got = facts("President Omar Haddad flew to Rome. Haddad's Foreign Minister Ali Demir, who negotiated the trade "
                "deal with Tom Rider, went with him.")
    assert frozenset(("Ali Demir", "Tom Rider")) in mets(got)
    assert frozenset(("Omar Haddad", "Tom Rider")) not in mets(got)  # the trap: the possessor did not negotiate


def test_two_people_who_have_met_several_times_met_each_other():
    got = facts("Omar Haddad and Tom Rider, both veteran leaders, have met several times since 2014.")
    assert frozenset(("Omar Haddad", "Tom Rider")) in mets(got)
    assert frozenset(("Omar Haddad", "Tom Rider")) in mets(facts("Omar Haddad and Tom Rider have met many times."))
    # the trap: people they met are not each other
    assert not mets(facts("Omar Haddad and Tom Rider met several reporters outside."))


def test_meeting_a_group_including_named_people_is_meeting_the_people_named():
    got = facts("Ana Costa has met in recent weeks with several European leaders, including German Chancellor Dirk "
                "Balder in Berlin.")
    assert mets(got) == {frozenset(("Ana Costa", "Dirk Balder"))}
    got = facts("Ana Costa met with activists, including Tom Rider.")
    assert mets(got) == {frozenset(("Ana Costa", "Tom Rider"))}
    # the trap: with no one named the group itself is who she met
    assert mets(facts("Ana Costa met with several European leaders in Berlin.")) == {
        frozenset(("Ana Costa", "several European leaders"))}


def test_three_more_ways_wire_copy_tells_a_meeting_or_a_call():
    got = facts("In his meeting with Chilean President Ana Costa, Peruvian President Luis Soto highlighted trade ties.")
    assert frozenset(("Ana Costa", "Luis Soto")) in mets(got)
    got = facts("Chilean President Ana Costa said she and Peruvian President Luis Soto engaged in a 40-minute "
                "telephone conversation.")
    assert frozenset(("Ana Costa", "Luis Soto")) in mets(got)
    got = facts("The Chancellor of Norway, Ana Costa, is currently being received by Peruvian President Luis Soto.")
    assert frozenset(("Ana Costa", "Luis Soto")) in mets(got)
    # the traps: a meeting to come, and a conversation nobody named had
    assert not mets(facts("In his meeting with Ana Costa next week, Luis Soto will raise trade."))
    assert not mets(facts("Ana Costa said the two sides engaged in talks on trade."))


def test_a_government_noun_with_a_capital_after_a_demonym_is_the_countrys_government():
    got = facts("A White House spokesman, Tom Rider, praised the Chinese Government for what he called a positive step.")
    assert ("China", "praisedBy", "Tom Rider") in got
    # the trap: a longer capitalised name is a body of its own, not the government
    got = facts("Tom Rider praised the Chinese Government Procurement Office for its work.")
    assert ("China", "praisedBy", "Tom Rider") not in got


def test_in_turn_and_quoted_words_inside_a_relative_clause_keep_the_subject():
    got = facts("Omar Haddad praised Tom Rider as a friend; Tom Rider in turn praised Omar Haddad's reforms.")
    assert ("Omar Haddad", "praisedBy", "Tom Rider") in got
    got = facts('President Ali Demir, who has been nicknamed the "Lion of the North", thanked Tom Rider and left.')
    assert ("Tom Rider", "praisedBy", "Ali Demir") in got
    # the trap: a name inside the relative clause's quoted words is not who thanked
    got = facts('President Ali Demir, who once called Omar Haddad "a rival of the north", thanked Tom Rider.')
    assert ("Tom Rider", "praisedBy", "Omar Haddad") not in got


def test_the_governments_of_a_and_b_are_both_and_the_family_of_x_is_not_x():
    got = facts("The governments of Norway and Chile held talks on Monday.")
    assert frozenset(("Norway", "Chile")) in mets(got)
    got = facts("The governments of Norway and Chile thanked Peru for its help.")
    assert {("Peru", "praisedBy", "Norway"), ("Peru", "praisedBy", "Chile")} <= got
    # the traps: a family (or lawyers) of someone act for themselves, not as that person
    assert not any(p == "praisedBy" for _, p, _ in facts("The family of Tom Rider thanked Norway for its help."))
    assert not mets(facts("The wife of Tom Rider met Ali Demir in Lima."))


def test_thanking_or_meeting_a_plural_noun_with_a_clause_including_named_parties_reaches_the_names():
    got = facts("President Ali Demir thanked countries that had sent help, including Norway, and said relief had come.")
    assert ("Norway", "praisedBy", "Ali Demir") in got
    got = facts("Ana Costa thanked the doctors who had treated her, including Tom Rider.")
    assert ("Tom Rider", "praisedBy", "Ana Costa") in got
    # the trap: a list after the clause that names only groups reaches no one
    got = facts("Ana Costa thanked the doctors who had treated her, including two surgeons.")
    assert not any(p == "praisedBy" for _, p, _ in got)


def test_whom_he_praised_after_a_described_name_is_the_subjects_praise_of_that_name():
    got = facts("Tom Rider met Ali Demir. On his first day in Lima, Ali Demir had dinner with a group that included "
                "Peter Vance, Tom Rider's former chief strategist, whom he praised as a great ally.")
    assert ("Peter Vance", "praisedBy", "Ali Demir") in got
    # the trap: the possessor inside the description is not "he"
    assert ("Peter Vance", "praisedBy", "Tom Rider") not in got


def test_the_two_presidents_are_the_two_titled_people_the_article_named_each_in_a_sentence_of_their_own():
    got = facts("Chilean President Ana Costa flew to Lima on Monday. Peruvian President Luis Soto was waiting at the "
                "airport. The two presidents spoke for an hour.")
    assert frozenset(("Ana Costa", "Luis Soto")) in mets(got)
    # the trap: with three presidents named in three sentences, "the two presidents" stands for no one
    got = facts("Chilean President Ana Costa flew to Lima on Monday. Peruvian President Luis Soto was waiting at the "
                "airport. Bolivian President Evo Ramos sent a message. The two presidents spoke for an hour.")
    assert not mets(got)
# --- sanctions relief and imposition, session 15 (extract38) ---------------------------------------------


def test_sanctions_on_a_countrys_programme_fall_on_the_country():
    got = facts("The United Nations ended its sanctions on Iran's nuclear programme on Saturday.")
    assert ("United Nations", "sanctionsLiftedOn", "Iran") in got
    got = facts("Canada imposed sanctions on North Korea's missile program.")
    assert ("Canada", "sanctionsImposedOn", "North Korea") in got


def test_deleting_the_names_of_people_from_a_sanctions_list_lifts_sanctions_on_them():
    got = facts("Norway removed the names of Anton Brel and Kai Moss from its sanctions list on Friday.")
    assert {(s, o) for s, p, o in got if p == "sanctionsLiftedOn"} == {("Norway", "Anton Brel"), ("Norway", "Kai Moss")}
    got = facts("The European Union imposed sanctions on five officials in 2019. On Monday the bloc said it had "
                "deleted from its list the names of Anton Brel, a former deputy minister; Kai Moss, a former governor; "
                "and Ida Fenn, a former judge.")
    assert {o for s, p, o in got if p == "sanctionsLiftedOn" and s == "European Union"} == {
        "Anton Brel", "Kai Moss", "Ida Fenn"}


def test_removing_names_with_no_sanctions_near_or_only_asked_for_lifts_nothing():
    assert not facts("The museum removed the names of Anton Brel and Kai Moss from its donors' wall.")
    got = facts("Karzai asked the United Nations to remove the names of Anton Brel and Kai Moss from its sanctions list.")
    assert not {t for t in got if t[1] == "sanctionsLiftedOn"}
    got = facts("The committee did not delete the names of Anton Brel and Kai Moss from the sanctions list.")
    assert not {t for t in got if t[1] == "sanctionsLiftedOn"}


def test_a_name_inside_the_relative_clause_of_the_speaker_is_not_who_it_stands_for():
    got = facts("Britain imposed sanctions on Anton Brel in 2019. The office that enforces sanctions against "
                "Belarus and Russia said on Monday it had lifted its sanctions on Anton Brel.")
    lifted = {(s, o) for s, p, o in got if p == "sanctionsLiftedOn"}
    assert ("United Kingdom", "Anton Brel") in lifted
    assert not {(s, o) for s, o in lifted if s in ("Belarus", "Russia")}
    # the relative clause's own subject still speaks: "the sanctions that the EU said it had imposed"
    got = facts("Kai Moss criticised the sanctions that the European Union said it had imposed on Anton Brel.")
    assert ("European Union", "sanctionsImposedOn", "Anton Brel") in got


def test_a_counted_group_with_a_designation_participle_lists_the_designees():
    # the group told before only in a headline, as something else: the participle tells its designation
    art = article_from_text("U.N. votes sanctions, freezes assets of a dozen officials\n\nMarch 3, 2021\n\n"
                            "The United Nations imposed sanctions on Iran on Saturday. The twelve individuals named "
                            "include Anton Brel, a nuclear scientist; Kai Moss, a former general; and Ida Fenn, a "
                            "banker.\n", source="t.txt")
    got = {(f.subject.label, f.predicate, f.object.label) for f in extract(art).facts}
    assert {o for s, p, o in got if p == "sanctionsImposedOn" and s == "United Nations"} >= {
        "Anton Brel", "Kai Moss", "Ida Fenn"}
    # a participle of another sense lists no designees
    got = facts("Canada imposed sanctions on Iran on Saturday. The eight scientists interviewed include Anton Brel "
                "and Kai Moss.")
    assert not {o for s, p, o in got if p == "sanctionsImposedOn"} & {"Anton Brel", "Kai Moss"}


def test_among_those_whose_assets_are_frozen_lists_designees():
    got = facts("The European Union imposed sanctions on Belarus on Monday. Among the entities whose assets are to be "
                "frozen are Acme Shipping Ltd, which runs the port; Delta Trading Company, a bank in Minsk; and Omega "
                "Holdings.")
    assert {o for s, p, o in got if p == "sanctionsImposedOn" and s == "European Union"} >= {
        "Acme Shipping Ltd", "Delta Trading Company", "Omega Holdings"}
    got = facts("Norway imposed sanctions on Russia. Those whose wages were frozen last year are now free to travel, "
                "and Kai Moss is among them.")
    assert not {o for s, p, o in got if p == "sanctionsImposedOn"} - {"Russia"}


def test_a_relief_that_names_no_target_falls_on_the_one_country_the_storys_sanctions_fall_on():
    got = facts("The United Nations lifted its sanctions on Iran on Saturday. The European Union and Canada then "
                "lifted nuclear-related sanctions, allowing Iran to sell oil.")
    assert {("European Union", "Iran"), ("Canada", "Iran")} <= {(s, o) for s, p, o in got if p == "sanctionsLiftedOn"}


def test_a_relief_with_a_target_kg_cannot_name_or_in_a_story_of_two_countries_or_only_possible_falls_on_none():
    got = facts("The United Nations lifted its sanctions on Iran. Canada then lifted sanctions on Russian oligarchs.")
    assert ("Canada", "sanctionsLiftedOn", "Iran") not in got
    got = facts("The United Nations lifted its sanctions on Iran. The EU imposed sanctions on Syria. Canada then "
                "lifted nuclear-related sanctions.")
    assert not {s for s, p, o in got if p == "sanctionsLiftedOn" and s == "Canada"}
    got = facts("The United Nations lifted its sanctions on Iran. Canada could lift nuclear-related sanctions, "
                "officials said. Japan refused to ease sanctions.")
    assert not {s for s, p, o in got if p == "sanctionsLiftedOn" and s in ("Canada", "Japan")}


def test_the_gru_is_a_russian_body_and_the_head_of_a_countrys_body_with_no_name_is_no_target():
    got = facts("The European Union imposed sanctions on the GRU on Monday.")
    assert ("European Union", "sanctionsImposedOn", "GRU") in got
    got = facts("The European Union imposed sanctions on the head of Russia's GRU military intelligence service and "
                "his deputy.")
    assert not {o for s, p, o in got if p == "sanctionsImposedOn"} & {"GRU", "Russia"}


def test_names_along_with_the_subject_join_it():
    got = facts("Britain, along with Canada, imposed sanctions on Anton Brel.")
    assert {("United Kingdom", "Anton Brel"), ("Canada", "Anton Brel")} <= {
        (s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    got = facts("The FSB and the GRU military intelligence agency, along with the SVR, imposed sanctions on "
                "Anton Brel.")
    assert {"Federal Security Service", "GRU", "Foreign Intelligence Service of Russia"} <= {
        s for s, p, o in got if p == "sanctionsImposedOn" and o == "Anton Brel"}
    got = facts("Britain, along with its allies, imposed sanctions on Anton Brel.")
    assert {s for s, p, o in got if p == "sanctionsImposedOn"} == {"United Kingdom"}


def test_names_that_remain_on_a_blacklist_are_under_the_articles_sanctions():
    got = facts("The United States imposed sanctions on Russia in December. Acme Shipping Ltd and Delta Trading "
                "Company remain on the blacklist.")
    assert {("United States", "Acme Shipping Ltd"), ("United States", "Delta Trading Company")} <= {
        (s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    got = facts("The United States imposed sanctions on Russia in December. The FSB and the GRU military intelligence "
                "agency, along with four GRU officers and three companies, remain on the blacklist.")
    assert {"Federal Security Service", "GRU", "four GRU officers", "three companies"} <= {
        o for s, p, o in got if p == "sanctionsImposedOn" and s == "United States"}
    got = facts("The United States imposed sanctions on Russia in December. The issue remains on the agenda, and "
                "Kai Moss stays on the list of candidates.")
    assert {o for s, p, o in got if p == "sanctionsImposedOn"} == {"Russia"}



def test_cancelling_or_annulling_sanctions_and_unblocking_assets_are_reliefs():
    assert ("Peru", "sanctionsLiftedOn", "Chile") in facts("Peru has cancelled sanctions on Chile.")
    assert ("Norway", "sanctionsLiftedOn", "Chile") in facts("Norway annulled the sanctions it had imposed on Chile.")
    assert ("European Union", "sanctionsLiftedOn", "Anton Brel") in facts("The EU unblocked the funds of Anton Brel.")
    for trap in ("Peru cancelled a meeting with Chile over sanctions.",
                 "Peru abolished the death penalty and lifted a curfew in Lima.",
                 "Peru could cancel sanctions on Chile if talks succeed.",
                 "Peru refused to cancel sanctions on Chile."):
        assert not {t for t in facts(trap) if t[1] == "sanctionsLiftedOn"}, trap


def test_a_relief_of_sanctions_imposed_on_a_target_names_the_target_after_the_participle():
    got = facts("The Foreign Ministry of Peru announced that it had cancelled sanctions imposed on Santiago.")
    assert ("Peru", "sanctionsLiftedOn", "Chile") in got
    got = facts("Peru cancelled sanctions imposed on Chile by Bolivia.")
    assert ("Peru", "sanctionsLiftedOn", "Bolivia") not in got


def test_a_running_total_of_a_sanctions_list_is_no_new_designation():
    got = facts("The EU imposed sanctions on Anton Brel on Monday. The sanctions list now comprises 103 entities and 108 "
                "individuals, it said.")
    assert {o for s, p, o in got if p == "sanctionsImposedOn"} == {"Anton Brel"}
    got = facts("The EU imposed sanctions on Anton Brel on Monday. The list now also includes Kai Moss.")
    assert ("European Union", "sanctionsImposedOn", "Kai Moss") in got


def test_a_measure_then_targeting_after_a_comma_names_its_targets():
    got = facts("Britain introduced fresh sanctions on Monday, targeting 14 individuals and three companies.")
    assert {o for s, p, o in got if p == "sanctionsImposedOn" and s == "United Kingdom"} == {
        "14 individuals", "three companies"}
    got = facts("Britain imposed sanctions on Russia on Monday, targeting its banks.")
    assert {o for s, p, o in got if p == "sanctionsImposedOn"} == {"Russia"}


def test_a_party_that_joins_others_in_imposing_or_lifting_sanctions_acts_with_them():
    got = facts("Norway joins Peru, Chile and Brazil in imposing new sanctions on Bolivia.")
    assert {s for s, p, o in got if p == "sanctionsImposedOn" and o == "Bolivia"} == {"Norway", "Peru", "Chile", "Brazil"}
    got = facts("Norway joined Peru in lifting sanctions on Bolivia.")
    assert {s for s, p, o in got if p == "sanctionsLiftedOn" and o == "Bolivia"} == {"Norway", "Peru"}
    # a refusal to join them still tells that they imposed them, never that the one who refused did
    got = facts("Norway refused to join Peru and Chile in imposing sanctions on Bolivia.")
    assert {s for s, p, o in got if p == "sanctionsImposedOn" and o == "Bolivia"} == {"Peru", "Chile"}
    for trap in ("Norway will not join Peru in imposing sanctions on Bolivia.",
                 "Norway was accused of helping Peru in imposing sanctions on Bolivia."):
        assert not {t for t in facts(trap) if t[1] == "sanctionsImposedOn"}, trap


def test_a_place_at_the_end_of_a_counted_groups_reduced_relative_is_not_the_target():
    got = facts("Forty-nine people involved in abuses in Peru have been designated for sanctions by the Norwegian "
                "government.")
    targets = {o for s, p, o in got if p == "sanctionsImposedOn" and s == "Norway"}
    assert "Peru" not in targets and targets
    assert ("Norway", "sanctionsImposedOn", "Peru") in facts("Peru was sanctioned by Norway.")


def test_members_after_a_dash_and_including_are_targets_of_the_group_they_belong_to():
    for body in ("Canada imposed sanctions on 12 officials - including former President Luis Soto and Ana Costa.",
                 "Canada imposed sanctions on 12 officials -- including former President Luis Soto and Ana Costa.",
                 "Canada imposed sanctions on 12 officials \u2014 including Luis Soto and Ana Costa \u2014 on Monday."):
        got = facts(body)
        assert {"Luis Soto", "Ana Costa"} <= {o for s, p, o in got if p == "sanctionsImposedOn" and s == "Canada"}, body
    got = facts("Canada imposed sanctions on 12 officials - a move including Luis Soto's allies.")
    assert "Luis Soto" not in {o for s, p, o in got if p == "sanctionsImposedOn"}


def test_a_colon_sentence_over_unbulleted_lines_of_names_lists_the_designees():
    got = facts("Norway imposed sanctions on Chilean officials on Monday.\n\n"
                "The people on Norway's blacklist are as follows:\n\n"
                "Ana Costa, Minister of Defence of Chile\n\n"
                "Luis Soto, Chief Justice of Chile\n\n"
                "Diplomats said more names could follow.")
    assert {("Norway", "Ana Costa"), ("Norway", "Luis Soto")} <= sanctions(got)
    got = facts("Norway praised five Chilean officials on Monday.\n\n"
                "The people on the list are as follows:\n\n"
                "Ana Costa, Minister of Defence of Chile\n\n"
                "Luis Soto, Chief Justice of Chile\n")
    assert not sanctions(got)


def test_the_groups_or_companies_a_sanctions_story_lists_are_designees():
    got = facts("The EU imposed sanctions on 16 groups on Monday. The 16 groups include Delta Group and four firms.")
    assert {"Delta Group", "four firms"} <= {o for s, p, o in got if p == "sanctionsImposedOn" and s == "European Union"}
    got = facts("The EU imposed sanctions on Russia. The companies include Delta Group and Omega Trading Ltd.")
    assert {"Delta Group", "Omega Trading Ltd"} <= {o for s, p, o in got if p == "sanctionsImposedOn"}
    assert not facts("The three companies include Acme Ltd and Delta Group.")
    got = facts("The EU imposed sanctions on Russia. Other groups, such as Delta Group, criticised the move.")
    assert {o for s, p, o in got if p == "sanctionsImposedOn"} == {"Russia"}


def test_the_first_country_to_sanction_someone_sanctioned_them():
    got = facts("Britain and Canada, acting together in late September, were the first Western governments to "
                "sanction Anton Brel personally.")
    assert {("United Kingdom", "Anton Brel"), ("Canada", "Anton Brel")} <= sanctions(got)
    got = facts("Britain was the last country to lift sanctions on Anton Brel.")
    assert ("United Kingdom", "sanctionsLiftedOn", "Anton Brel") in got
    for trap in ("Britain would be the first country to sanction Anton Brel.",
                 "Britain was not the first country to sanction Anton Brel.",
                 "Britain was the first country to call for sanctions on Anton Brel."):
        assert not sanctions(facts(trap)), trap


def test_a_semicolon_list_goes_on_past_an_item_that_ends_in_a_which_clause():
    got = facts("The EU Council imposed sanctions on Belarus. The Council listed Igor Sergeenko, head of the "
                "presidential administration; Ivan Tertel, the chairman of the KGB, which in Belarus still bears its "
                "Soviet-era name; and Ivan Kubrakov, a general.")
    assert {"Igor Sergeenko", "Ivan Tertel", "Ivan Kubrakov"} <= {o for s, p, o in got if p == "sanctionsImposedOn"}
    # a which-clause with a trigger of its own ends the list: its names are no more designees
    got = facts("The EU Council imposed sanctions on Belarus. The Council listed Igor Sergeenko, head of the "
                "presidential administration, which freed Anna Roth; and Ivan Kubrakov, a general.")
    assert "Anna Roth" not in {o for s, p, o in got if p == "sanctionsImposedOn"}


# --- review of the merged round: traps of ordinary sentences ---------------------------------------------


def test_a_sanctions_noun_after_another_nouns_preposition_is_not_the_verbs_object():
    for trap in ("The European Union cancelled a meeting on sanctions against Iran on Monday.",
                 "Peru cancelled a visit about the sanctions on Chile.",
                 "The European Union cancelled plans to lift sanctions on Iran on Monday."):
        assert not {f for f in facts(trap) if f[1] == "sanctionsLiftedOn"}, trap
    assert ("European Union", "sanctionsLiftedOn", "Iran") in facts(
        "The European Union cancelled on Monday its sanctions on Iran.")


def test_two_subjects_who_met_several_times_with_someone_else_did_not_meet_each_other():
    for trap in ("Emmanuel Macron and Olaf Scholz have met many times with Vladimir Putin.",
                 "Emmanuel Macron and Olaf Scholz have spoken several times to Vladimir Putin."):
        got = facts(trap)
        assert ("Emmanuel Macron", "metWith", "Olaf Scholz") not in got, trap
        assert ("Olaf Scholz", "metWith", "Emmanuel Macron") not in got, trap
    got = facts("Emmanuel Macron and Olaf Scholz have met several times.")
    assert {("Emmanuel Macron", "metWith", "Olaf Scholz"), ("Olaf Scholz", "metWith", "Emmanuel Macron")} & got


def test_appreciation_of_something_is_an_understanding_and_no_praise_of_a_name_after_it():
    for trap in ("Biden's appreciation of the risks to Taiwan was shared by Japan.",
                 "Biden's admiration of the risks to Taiwan was shared by Japan."):
        assert not {f for f in facts(trap) if f[1] == "praisedBy"}, trap
    assert ("Oman", "praisedBy", "Iran") in facts("Iran's gratitude to Oman was clear.")
    assert ("Oman", "praisedBy", "Iran") in facts("Iran's appreciation for Oman was clear.")


def test_the_person_who_opens_the_sentence_after_a_release_and_speaks_or_meets_is_not_the_one_freed():
    for trap in ("Iran released a 75-year-old Australian missionary on Monday. John Smith, who has lived in Tehran "
                 "since 2010, said the release was overdue.",
                 "Iran released a 75-year-old Australian missionary on Monday. John Smith, the Australian ambassador, "
                 "met him at the airport."):
        assert ("Iran", "released", "John Smith") not in facts(trap), trap
    got = facts("Iran had released and deported a 75-year-old Australian missionary. John Smith, who has lived in "
                "Iran for decades, was put on a flight to Dubai, his wife said.")
    assert ("Iran", "released", "John Smith") in got


def test_including_after_a_phrase_inside_the_thanked_groups_clause_names_that_phrases_plural():
    got = facts("Chancellor Olaf Scholz thanked volunteers who had helped refugees from many countries, including "
                "Ukraine.")
    assert not {f for f in got if f[1] == "praisedBy"}
    got = facts("Chancellor Olaf Scholz thanked countries that had sent help, including the United States.")
    assert ("United States", "praisedBy", "Olaf Scholz") in got
    got = facts("Chancellor Olaf Scholz met leaders of many countries, including President Joe Biden.")
    assert ("Olaf Scholz", "metWith", "Joe Biden") in got


def test_tribute_to_the_victims_or_critics_of_a_possessor_is_no_praise_of_it():
    for trap in ("President Volodymyr Zelensky paid tribute to Russia's victims in Bucha.",
                 "President Joe Biden paid tribute to Iran's critics."):
        assert not {f for f in facts(trap) if f[1] == "praisedBy"}, trap
    assert ("Oman", "praisedBy", "Iran") in facts("Iran paid tribute to Oman's mediators.")


def test_a_possessors_call_or_meeting_told_as_put_off_was_not_held():
    for trap in ("President Joe Biden's call with President Xi Jinping was postponed on Monday.",
                 "President Joe Biden's meeting with President Xi Jinping was called off."):
        assert ("Joe Biden", "metWith", "Xi Jinping") not in facts(trap), trap
    got = facts("President Joe Biden's call with President Xi Jinping lasted two hours.")
    assert ("Joe Biden", "metWith", "Xi Jinping") in got


def test_including_a_count_from_a_country_names_people_not_the_country():
    for text in ("The European Union imposed sanctions on 12 officials - including two from Belarus.",
                 "The European Union imposed sanctions on 12 officials, including two from Belarus."):
        assert ("European Union", "sanctionsImposedOn", "Belarus") not in facts(text), text
    got = facts("The European Union imposed sanctions on 12 officials - including former President Ales Bialiatski.")
    assert ("European Union", "sanctionsImposedOn", "Ales Bialiatski") in got


def test_two_people_who_spoke_to_others_did_not_talk_to_each_other():
    for trap in ("President Joe Biden and President Emmanuel Macron spoke to voters.",
                 "President Joe Biden visited Ohio. President Emmanuel Macron visited Lyon. The two leaders spoke to "
                 "voters."):
        assert ("Joe Biden", "metWith", "Emmanuel Macron") not in facts(trap), trap
    got = facts("President Joe Biden and President Emmanuel Macron spoke to each other by phone.")
    assert ("Joe Biden", "metWith", "Emmanuel Macron") in got


def test_a_guest_or_waiting_list_holds_no_designees():
    for trap in ("The United States imposed sanctions on Russia. The people on the guest list are as follows:\n"
                 "Ana Costa, Minister of Defence of Chile\nPedro Lopez, Minister of Finance of Chile",
                 "The United States imposed sanctions on Russia. The people on the waiting list are Ana Costa and "
                 "Pedro Lopez."):
        got = facts(trap)
        assert {o for s, p, o in got if p == "sanctionsImposedOn"} == {"Russia"}, trap
    got = facts("The United States imposed sanctions on Russia. The people on the blacklist are as follows:\n"
                "Ana Costa, Minister of Defence of Chile\nPedro Lopez, Minister of Finance of Chile")
    assert {"Ana Costa", "Pedro Lopez"} <= {o for s, p, o in got if p == "sanctionsImposedOn"}


def test_a_definite_count_with_a_clause_of_its_own_is_not_the_list_freed_before():
    got = facts("Belarus freed Ales Bialiatski, 15 priests and two seminarians. The 18 journalists who covered the "
                "release were sent to Vilnius.")
    assert ("Ales Bialiatski", "releasedTo", "Vilnius") not in got
    got = facts("Belarus freed Ales Bialiatski, 15 priests and two seminarians. The 18 clergymen were sent to Vilnius.")
    assert ("Ales Bialiatski", "releasedTo", "Vilnius") in got


def test_the_groups_told_just_before_as_others_list_no_designees():
    got = facts("The EU imposed sanctions on Russia. Dozens of aid groups have criticised the measures. The groups "
                "include Oxfam and Amnesty International.")
    assert {o for s, p, o in got if p == "sanctionsImposedOn"} == {"Russia"}
    got = facts("The EU imposed sanctions on Russia. The companies include Delta Group and Omega Trading Ltd.")
    assert {"Delta Group", "Omega Trading Ltd"} <= {o for s, p, o in got if p == "sanctionsImposedOn"}


def test_a_quoted_wish_to_thank_taken_back_is_no_thanks():
    got = facts("\"I'd like to thank Oman, but I cannot,\" President Joe Biden said.")
    assert ("Oman", "praisedBy", "Joe Biden") not in got
    got = facts("President Joe Biden said: \"We are grateful to Oman, but we cannot forget Iran's role.\"")
    assert ("Oman", "praisedBy", "Joe Biden") in got


def test_including_some_or_those_from_a_country_names_people_not_the_country():
    got = facts("Olaf Scholz has met in recent weeks with several activists, including some from Belarus.")
    assert ("Olaf Scholz", "metWith", "Belarus") not in got
    got = facts("Olaf Scholz thanked the doctors who treated refugees, including those from Syria.")
    assert ("Syria", "praisedBy", "Olaf Scholz") not in got


def test_a_measure_that_bars_people_from_travel_or_applies_to_them_targets_them():
    got = facts("Norway imposed sanctions on Chile. The travel sanctions ban Ana Costa from entering Norway.")
    assert ("Norway", "sanctionsImposedOn", "Ana Costa") in got
    got = facts("Norway imposed sanctions on Chile. The asset freeze applies to Ana Costa and Pedro Lopez.")
    assert {("Norway", "sanctionsImposedOn", "Ana Costa"), ("Norway", "sanctionsImposedOn", "Pedro Lopez")} <= got
    for trap in ("Norway imposed sanctions on Chile. The measures do not apply to Ana Costa.",
                 "Norway eased sanctions on Chile, but the easing does not apply to Ana Costa.",
                 "Norway imposed sanctions on Chile. The same rules apply to Ana Costa."):
        got = facts(trap)
        assert not any(o == "Ana Costa" for s, p, o in got if p.startswith("sanctions")), trap


def test_adding_the_names_of_people_to_a_blacklist_sanctions_them():
    got = facts("Norway added the names of Ana Costa and Pedro Lopez to its blacklist.")
    assert {("Norway", "sanctionsImposedOn", "Ana Costa"), ("Norway", "sanctionsImposedOn", "Pedro Lopez")} <= got
    got = facts("The United States put the names of 52 officials on its sanctions list.")
    assert ("United States", "sanctionsImposedOn", "52 officials") in got
    for trap in ("Norway added the names of Ana Costa and Pedro Lopez to the memorial.",
                 "Norway added the names of Ana Costa and Pedro Lopez to the list of guests.",
                 "Norway could add the names of Ana Costa and Pedro Lopez to its blacklist."):
        got = facts(trap)
        assert not any(p == "sanctionsImposedOn" for s, p, o in got), trap


def test_being_on_a_states_or_bodys_list_of_sanctioned_people_is_its_sanction():
    got = facts("Ana Costa is on the UN list of people subject to an asset freeze.")
    assert ("United Nations", "sanctionsImposedOn", "Ana Costa") in got
    got = facts("Ana Costa remains on the EU's list of sanctioned officials.")
    assert ("European Union", "sanctionsImposedOn", "Ana Costa") in got
    for trap in ("Ana Costa is not on the UN list of people subject to an asset freeze.",
                 "Sanctions will end when Chile is removed from the UN terrorism list.",
                 "Chile is on the list of countries that oppose sanctions.",
                 "Ana Costa is on the list of candidates for the sanctions committee."):
        got = facts(trap)
        assert not any(p == "sanctionsImposedOn" for s, p, o in got), trap


def test_ordering_the_freezing_of_the_assets_of_people_sanctions_them():
    got = facts("Norway announced the freezing of the assets of Ana Costa and Pedro Lopez.")
    assert {("Norway", "sanctionsImposedOn", "Ana Costa"), ("Norway", "sanctionsImposedOn", "Pedro Lopez")} <= got
    got = facts("Norway ordered the freezing of assets of Ana Costa.")
    assert ("Norway", "sanctionsImposedOn", "Ana Costa") in got
    for trap in ("Norway could order the freezing of assets of Ana Costa.",
                 "Norway ordered the freezing of the account."):
        got = facts(trap)
        assert not any(p == "sanctionsImposedOn" for s, p, o in got), trap


def test_a_decision_or_measure_that_targeted_people_sanctions_them():
    got = facts("The European Union imposed sanctions on Chile. It adopted a decision that targeted Ana Costa and "
                "Pedro Lopez.")
    assert {("European Union", "sanctionsImposedOn", "Ana Costa"),
            ("European Union", "sanctionsImposedOn", "Pedro Lopez")} <= got
    got = facts("The European Union imposed sanctions on Chile in a decision that targeted 14 individuals.")
    assert ("European Union", "sanctionsImposedOn", "14 individuals") in got
    for trap in ("Norway imposed sanctions on Chile. The militia that targeted Ana Costa was disbanded.",
                 "Norway imposed sanctions on Chile. It rejected a decision that could target Ana Costa."):
        got = facts(trap)
        assert not any(o == "Ana Costa" for s, p, o in got if p == "sanctionsImposedOn"), trap


def test_a_capitalised_list_is_a_list_not_a_name():
    got = facts("The United States has removed Andes Airlines from its Entity List.")
    assert ("United States", "sanctionsLiftedOn", "Andes Airlines") in got
    got = facts("The United States has taken nine Chilean entities off its so-called Entity List.")
    assert ("United States", "sanctionsLiftedOn", "nine Chilean entities") in got
    got = facts("The United States has added Andes Airlines to its Consolidated Sanctions List.")
    assert ("United States", "sanctionsImposedOn", "Andes Airlines") in got
    assert not any(o in ("Entity List", "Consolidated Sanctions List") for s, p, o in got)
def test_a_part_of_a_counted_or_modified_group_is_what_a_release_frees():
    got = facts("In all, the Taliban have now freed 14 of the 19 Nepali truck drivers it seized in May.")
    assert ("Taliban", "released", "14 of the 19 Nepali truck drivers") in got
    got = facts("The Taliban on Monday freed the last four of the Nepali relief workers it had held.")
    assert ("Taliban", "released", "last four of the Nepali relief workers") in got
    # a part told with no release, or one only demanded: nothing
    assert not facts("Nine of the 19 Nepali truck drivers had families in Kathmandu.")
    assert not {f for f in facts("The Taliban demanded that Nepal free four of the 19 jailed fighters.")
                if f[1] == "released"}


def test_the_head_of_a_body_told_by_its_noun_leads_the_body_named_before():
    got = facts("Maria Lopez thanked Hezbollah and the group's leader, Hassan Nasrallah, for her release.")
    assert ("Hassan Nasrallah", "Hezbollah") in leaders(got)
    got = facts("The mediators met at a mosque used by the Association of Muslim Scholars. The envoy was relieved."
                " The head of the association, Harith al-Dhari, said the talks had gone well.")
    assert ("Harith al-Dhari", "Association of Muslim Scholars") in leaders(got)
    got = facts("The talks were held at a mosque used by the Association of Muslim Scholars. Ali Sayed, the chairman"
                " of the association, spoke.")
    assert ("Ali Sayed", "Association of Muslim Scholars") in leaders(got)
    assert not leaders(facts("Ali Sayed, the chairman of the association, said the talks had gone well."))
    # a deputy or former head, a group of people told just before, or no body named: no leader
    for rank in ("deputy leader", "former leader"):
        assert not leaders(facts(f"Maria Lopez thanked Hezbollah and the group's {rank}, Naim Qassem, for her release."))
    assert not leaders(facts("The Taliban freed two women, Ana Costa and Marta Vidal. The group's leader, pastor Luis"
                             " Soto, had been killed in July."))
    assert not leaders(facts("The group's leader, Luis Soto, was killed in July."))


def test_quoted_first_person_applause_or_tribute_is_the_outside_speakers_praise():
    got = facts('"I applaud the Security Council for acting so quickly," Kofi Annan told reporters.')
    assert ("United Nations Security Council", "praisedBy", "Kofi Annan") in got
    got = facts('"We pay tribute to Nelson Mandela," said Kofi Annan.')
    assert ("Nelson Mandela", "praisedBy", "Kofi Annan") in got
    got = facts('Kofi Annan said: "I hail Nelson Mandela and his team."')
    assert ("Nelson Mandela", "praisedBy", "Kofi Annan") in got
    # a refusal to applaud, or applause told of someone else: no praise
    assert not facts('"I will not applaud the Security Council," Kofi Annan told reporters.')
    assert not facts('"They applaud the Security Council," Kofi Annan told reporters.')


def test_the_people_of_a_nationality_praised_or_thanked_are_the_nation():
    got = facts("Kofi Annan commended the Chilean people for their courage.")
    assert ("Chile", "praisedBy", "Kofi Annan") in got
    got = facts("Kofi Annan thanked the Afghan people and the Red Cross.")
    assert ("Afghanistan", "praisedBy", "Kofi Annan") in got
    # people of a nationality told as a group of people stay that group, not the nation
    got = facts("The Taliban freed seven Afghan people. The Afghan people were flown to Kabul.")
    assert ("seven Afghan people", "releasedTo", "Kabul") in got
    assert not any("Afghanistan" in (s, o) for s, p, o in got)


def test_custody_told_as_in_the_hands_of_someone_names_who_freed_the_people_released():
    got = facts("Ana Costa and Luis Soto were freed after three nights in the hands of the Taliban.")
    assert {("Taliban", "released", "Ana Costa"), ("Taliban", "released", "Luis Soto")} <= got
    got = facts("Ana Costa was freed on Monday after a year in Hezbollah custody.")
    assert ("Hezbollah", "released", "Ana Costa") in got
    # custody where the freed went, or custody with no release told: no releaser
    assert not facts("Ana Costa was freed on Monday and is now in the custody of the Red Cross.")
    assert not facts("Ana Costa remains in the hands of Hezbollah, which refused to release her.")


def test_a_release_that_names_the_destination_before_its_object_frees_the_object_to_it():
    got = facts("Peru released to Chile 15 prisoners on Monday.")
    assert {("Peru", "released", "15 prisoners"), ("15 prisoners", "releasedTo", "Chile")} <= got
    # a release only promised or refused: nothing
    assert not facts("Peru will release to Chile 15 prisoners next week.")
    assert not facts("Peru refused to release to Chile 15 prisoners.")


def test_talks_told_as_suspended_or_broken_off_were_not_held():
    assert not facts("Ana Costa had suspended talks with Luis Soto.")
    assert not facts("Ana Costa had broken off talks with Luis Soto in May.")
    assert not facts("Ana Costa and Luis Soto had frozen talks in 2019.")
    # an adjective before the talks: they were held
    assert ("Ana Costa", "metWith", "Luis Soto") in facts("Ana Costa had detailed talks with Luis Soto.")


def test_people_who_exchanged_views_consulted_each_other():
    got = facts("Peruvian President Ana Costa and Chilean President Luis Soto on Wednesday exchanged views on trade.")
    assert ("Ana Costa", "metWith", "Luis Soto") in got
    got = facts("Ana Costa exchanged views with Luis Soto on trade.")
    assert ("Ana Costa", "metWith", "Luis Soto") in got
    # views only planned, or prisoners or ambassadors exchanged: no meeting
    assert not facts("Ana Costa and Luis Soto will exchange views on trade next week.")
    assert not [f for f in facts("Ana Costa and Luis Soto exchanged 35 prisoners.") if f[1] == "metWith"]
    assert not facts("Peru and Chile exchanged ambassadors.")
# --- lists spelled out after a description of their members -----------------------------------------------------


def test_a_colon_after_a_description_of_the_designees_lists_them_whatever_the_description_names():
    got = facts("Norway on Monday imposed sanctions on six people over the crackdown in Peru. Four of the people "
                "targeted are officers of the Peruvian army's intelligence directorate, the DINI: Tomas Quiroga, Ana "
                "Saldivar, Luis Benavente and Marta Ochoa.")
    sanctioned = {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    assert {("Norway", o) for o in ("Tomas Quiroga", "Ana Saldivar", "Luis Benavente", "Marta Ochoa")} <= sanctioned
    got = facts("Norway on Monday imposed sanctions on Tomas Quiroga, a son of the Peruvian president. Also designated "
                "were three companies the ministry said Quiroga controls: Andes Holding, a holding company; the fuel "
                "distributor Pacific Petroleum (PP), which it said had grown rich on cheap oil; and Condor Security, a "
                "private security firm.")
    sanctioned = {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    assert {("Norway", o) for o in ("Andes Holding", "Pacific Petroleum", "Condor Security")} <= sanctioned
    # places after the colon are no designees
    got = facts("Norway on Monday imposed sanctions on six people. Those targeted are officials from three "
                "countries: Peru, Bolivia and Ecuador.")
    assert not {"Peru", "Bolivia", "Ecuador"} & {o for s, p, o in got if p == "sanctionsImposedOn"}


def test_names_after_a_plural_noun_and_a_comma_are_the_designees_it_describes():
    got = facts("Norway on Monday imposed sanctions on six people. Those sanctioned are Peruvian nationals, Tomas "
                "Quiroga and Ana Saldivar, whom the ministry linked to the scheme.")
    sanctioned = {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}
    assert {("Norway", "Tomas Quiroga"), ("Norway", "Ana Saldivar")} <= sanctioned
    # a speaker after the comma: no list
    got = facts("Norway on Monday imposed sanctions on six people. Those sanctioned are army officers, Tomas Quiroga "
                "said.")
    assert "Tomas Quiroga" not in {o for s, p, o in got if p == "sanctionsImposedOn"}


def test_the_other_or_remaining_members_of_a_counted_designation_are_more_of_its_list():
    got = facts("Norway on Monday imposed sanctions on four people and two firms over the crackdown in Peru. Two of "
                "the people targeted are army officers: Tomas Quiroga and Ana Saldivar. The two other individuals are "
                "Bolivian nationals, Luis Benavente and Marta Ochoa, whom the ministry linked to the scheme. The "
                "remaining two entities were Sur Expo, a trading firm that the ministry said had helped the army, and "
                "Bolivia's Centre for Special Studies.")
    sanctioned = {o for s, p, o in got if p == "sanctionsImposedOn" and s == "Norway"}
    assert {"Luis Benavente", "Marta Ochoa", "Sur Expo", "Bolivia's Centre for Special Studies"} <= sanctioned
    # with no sanction told before, "the other two" list nothing
    got = facts("The ministry hosted a dinner on Monday. The two other guests were Bolivian nationals, Luis Benavente "
                "and Marta Ochoa.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)


def test_a_ban_whose_long_list_of_people_comes_after_from_travel_targets_each_of_them():
    got = facts("The U.N. Security Council on Friday imposed a travel ban on five Peruvian officers. Resolution "
                "3001 bars from international travel the chief of staff, Tomas Quiroga, who led the coup; Ivan "
                "Salcedo also known as El Tigre; Marta Ochoa; the air force chief, Lieutenant-Colonel Ana Saldivar; and "
                "Luis Benavente, who served as the junta's spokesman.")
    sanctioned = {o for s, p, o in got if p == "sanctionsImposedOn" and s == "United Nations Security Council"}
    assert {"Tomas Quiroga", "Ivan Salcedo", "Marta Ochoa", "Ana Saldivar", "Luis Benavente"} <= sanctioned
    # an alias is no other person
    assert "El Tigre" not in sanctioned
    # a ban told as demanded is no ban
    got = facts("Peru's neighbours urged the council to bar from international travel the army chief of staff, Tomas "
                "Quiroga; and Luis Benavente.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)


def test_a_target_given_its_name_in_a_clause_and_a_second_on_phrase_are_both_sanctioned():
    got = facts("Norway on Thursday imposed sanctions on a Chile-based smuggling ring it calls Red Condor and on its "
                "alleged leader, Tomas Quiroga, whom officials accused of stealing millions.")
    sanctioned = {o for s, p, o in got if p == "sanctionsImposedOn" and s == "Norway"}
    assert {"Red Condor", "Tomas Quiroga"} <= sanctioned
    for text in ("Norway imposed sanctions on the smuggling ring it calls Red Condor and on its leader, Tomas Quiroga.",
                 "Norway imposed sanctions on the network known as Red Condor."):
        assert "Red Condor" in {o for s, p, o in facts(text) if p == "sanctionsImposedOn"}, text
    # a name given to something that is no target: a place the measure concerns
    got = facts("Norway on Thursday imposed sanctions over a smuggling route officials call the Condor Road.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)


def test_the_last_name_before_as_members_of_is_named_and_kin_said_once_more_stay_in_the_list():
    got = facts("Norway on Thursday imposed sanctions on a smuggling ring. Norway also named Luis Benavente, Marta "
                "Ochoa and Ivan Salcedo as members of the ring's inner circle. Among those sanctioned were Pedro Rojas, "
                "a courier; and Luis Benavente's father, Jorge Benavente, and brother, Raul Benavente.")
    sanctioned = {o for s, p, o in got if p == "sanctionsImposedOn" and s == "Norway"}
    assert {"Luis Benavente", "Marta Ochoa", "Ivan Salcedo", "Pedro Rojas", "Jorge Benavente",
            "Raul Benavente"} <= sanctioned
    # "named A as its envoy" is an appointment
    got = facts("Norway on Thursday imposed sanctions on a smuggling ring. Norway also named Marta Ochoa as its envoy.")
    assert "Marta Ochoa" not in {o for s, p, o in got if p == "sanctionsImposedOn"}


def test_a_bulleted_list_after_the_names_added_to_a_schedule_are_the_following_is_of_designees():
    got = facts("Norway on Monday added four entities to its sanctions schedule. The names of the entities added to "
                "the schedule are the following:\n- Andes Veterans Organization\n- Pacific Holding Ltd\n"
                "- Condor Security\n\nThe ministry gave no details.")
    sanctioned = {o for s, p, o in got if p == "sanctionsImposedOn" and s == "Norway"}
    assert {"Andes Veterans Organization", "Pacific Holding Ltd", "Condor Security"} <= sanctioned
    # the names of the guests added to a guest list are no designees
    got = facts("Norway on Monday added four entities to its sanctions schedule. The names of the guests added to "
                "the guest list are the following:\n- Andes Veterans Organization\n- Condor Security\n\nThe ministry "
                "gave no details.")
    assert not {"Andes Veterans Organization", "Condor Security"} & {o for s, p, o in got if p == "sanctionsImposedOn"}


def test_the_released_people_told_again_with_a_participle_phrase_are_the_list_after_be():
    got = facts("Five prisoners released by Peru traveled to Spain on Tuesday. The released prisoners leaving the "
                "country are Ana Costa, Luis Soto, Pedro Rojas and Marta Vidal.")
    assert {("Peru", "released", o) for o in ("Ana Costa", "Luis Soto", "Pedro Rojas", "Marta Vidal")} <= got
    # people told again who were not released: no list of the freed
    got = facts("Five prisoners released by Peru traveled to Spain on Tuesday. The diplomats meeting them are Ana "
                "Costa and Luis Soto.")
    assert not any(p == "released" and o in ("Ana Costa", "Luis Soto") for s, p, o in got)


def test_a_measure_a_party_imposed_told_in_a_relative_clause_is_in_force_whatever_is_asked_of_it():
    got = facts("Norway should lift the sanctions it imposed on Chile in 2019.")
    assert ("Norway", "sanctionsImposedOn", "Chile") in got
    assert ("Norway", "sanctionsLiftedOn", "Chile") not in got
    for trap in ("Norway should lift the sanctions it may impose on Chile.",
                 "Norway should lift the sanctions if it imposes sanctions on Chile."):
        got = facts(trap)
        assert not any(p.startswith("sanctions") for s, p, o in got), trap


def test_both_the_leaders_are_the_two_leaders_named_before():
    got = facts("Peruvian President Ana Costa and Chilean President Luis Soto arrived on Wednesday. Both the leaders"
                " met on the sidelines of the summit.")
    assert ("Ana Costa", "metWith", "Luis Soto") in got
    # one leader named: nobody for "both"
    got = facts("Peruvian President Ana Costa arrived on Wednesday. Both the leaders met on the sidelines.")
    assert not [f for f in got if f[1] == "metWith"]


def test_a_clause_after_an_opening_phone_call_is_told_in_the_call():
    got = facts("During a telephone call, Ana Costa thanked Luis Soto for his help.")
    assert {("Ana Costa", "metWith", "Luis Soto"), ("Luis Soto", "praisedBy", "Ana Costa")} <= got
    got = facts("In a phone call on Monday, Ana Costa invited Luis Soto to visit Lima.")
    assert ("Ana Costa", "metWith", "Luis Soto") in got
    # a call with others, or a call only planned: no call between the two
    got = facts("In a telephone call with reporters, Ana Costa praised Luis Soto.")
    assert not [f for f in got if f[1] == "metWith"]
    assert not [f for f in facts("In a planned phone call, Ana Costa will urge Luis Soto to act.") if f[1] == "metWith"]


def test_how_often_people_spoke_is_no_condition_on_it():
    got = facts("Ana Costa spoke more than once to Luis Soto last week.")
    assert ("Ana Costa", "metWith", "Luis Soto") in got
    got = facts("Ana Costa talked twice with Luis Soto.")
    assert ("Ana Costa", "metWith", "Luis Soto") in got
    # a talk to come, or one on a condition: nothing
    assert not facts("Ana Costa will speak again to Luis Soto.")
    assert not [f for f in facts("Peru will lift sanctions on Chile once Ana Costa meets Luis Soto.")
                if f[1] == "metWith"]


def test_two_people_who_act_together_after_an_opening_meeting_met():
    got = facts("After a brief informal meeting, Ana Costa and visiting Luis Soto announced a deal.")
    assert ("Ana Costa", "metWith", "Luis Soto") in got
    got = facts("At their summit in Lima, Ana Costa and Luis Soto signed a trade pact.")
    assert ("Ana Costa", "metWith", "Luis Soto") in got
    # a meeting to come: nothing
    assert not facts("After the meeting is held, Ana Costa and Luis Soto will announce a deal.")


def test_the_head_of_a_bodys_mission_or_delegation_does_not_lead_the_body():
    assert not leaders(facts("Luis Soto, the head of the EU election observer mission, said the vote was flawed."))
    assert not leaders(facts("Luis Soto, the head of the UN mission in Haiti, said the vote was flawed."))
    # the head of the body itself leads it
    got = facts("Luis Soto, the head of the European Commission, said the vote was flawed.")
    assert ("Luis Soto", "European Commission") in leaders(got)
def test_companies_operating_in_a_place_and_then_named_are_the_targets_not_the_place():
    got = facts("Sweden on Monday lifted sanctions on companies operating in Bolivia, Andes Mining, Sur Energy and "
                "Lima Steel.")
    lifted = {o for s, p, o in got if p == "sanctionsLiftedOn" and s == "Sweden"}
    assert {"Andes Mining", "Sur Energy", "Lima Steel"} <= lifted
    assert "Bolivia" not in lifted
    # a list of places after the phrase names no company
    got = facts("Sweden on Monday lifted sanctions on companies operating in Bolivia, Peru and Ecuador.")
    assert not {"Peru", "Ecuador"} & {o for s, p, o in got if p == "sanctionsLiftedOn"}


def test_a_list_that_it_includes_after_a_published_list_and_a_serial_list_closed_by_or_are_designees():
    got = facts("Denmark imposed sanctions on Bolivian companies on Monday. The ministry published a list of the "
                "companies hit by the measures, adding that it includes Andes Mining, Sur Energy, Lima Steel or Rio Gas.")
    sanctioned = {o for s, p, o in got if p == "sanctionsImposedOn" and s == "Denmark"}
    assert {"Andes Mining", "Sur Energy", "Lima Steel", "Rio Gas"} <= sanctioned
    # "it" with no list before it is no list; "or" alone is a choice
    got = facts("Denmark imposed sanctions on Bolivian companies on Monday. The minister said that it includes "
                "Andes Mining.")
    assert "Andes Mining" not in {o for s, p, o in got if p == "sanctionsImposedOn"}
    got = facts("Denmark said it may sanction Andes Mining or Sur Energy.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)


def test_a_second_on_phrase_after_a_relative_clause_about_the_first_target_is_a_target_too():
    got = facts("The Treasury on Tuesday imposed sanctions on Andes Shipping, which it said carries coal to and from "
                "Peru, including steel, and on two Bolivian nationals, Tomas Quiroga and Ana Saldivar, whom it "
                "accused of running front companies.")
    sanctioned = {o for s, p, o in got if p == "sanctionsImposedOn"}
    assert {"Andes Shipping", "Tomas Quiroga", "Ana Saldivar"} <= sanctioned
    # a place the clause names is no target
    assert "Peru" not in sanctioned


def test_the_others_included_after_a_release_are_more_of_the_freed():
    got = facts("Peru on Friday freed 15 Chilean sailors it had held for two weeks. Among them was Captain Ana "
                "Costa, 41. The others included Luis Soto, Pedro Rojas and Marta Vidal, who at 20 was the youngest.")
    assert {("Peru", "released", o) for o in ("Luis Soto", "Pedro Rojas", "Marta Vidal")} <= got
    # after no release, "the others" are no one freed
    got = facts("Peru on Friday hosted five Chilean sailors. The others included Luis Soto and Pedro Rojas.")
    assert not any(p == "released" for s, p, o in got)


def test_a_specialist_rank_with_a_full_stop_does_not_end_the_sentence_of_a_list():
    got = facts("Peru freed three U.S. soldiers on Sunday. Staff Sgt. Luis Soto, 24; Staff Sgt. Pedro Rojas, 25; and "
                "Spc. Marta Vidal, 21, were handed over to Chile.")
    people = {o for s, p, o in got if p == "released"} | {s for s, p, o in got if p == "releasedTo"}
    assert "Marta Vidal" in people
    art = article_from_text("Wire report\n\nMarch 3, 2021\n\nStaff Sgt. Luis Soto, 24, of Lima; and Spc. Marta "
                            "Vidal, 21, of Cusco, left Quito on Sunday.\n", source="t.txt")
    assert not any(s.text.rstrip().endswith(("Spc.", "Pfc.")) for s in art.sentences)


def test_a_list_goes_on_past_a_bodys_description_that_opens_with_a_place_and_ends_in_a_clause():
    got = facts("Norway imposed sanctions on Monday. The ministry said the targets included Red Condor, the Lima "
                "company that prosecutors accused last month of running a covert campaign aimed at voters, and Tomas "
                "Quiroga, the businessman whom prosecutors describe as its financier.")
    sanctioned = {o for s, p, o in got if p == "sanctionsImposedOn" and s == "Norway"}
    assert {"Red Condor", "Tomas Quiroga"} <= sanctioned
    for text in ("Norway imposed sanctions on the smuggling ring it calls Red Condor and on its leader, Tomas Quiroga.",
                 "Norway imposed sanctions on the network known as Red Condor."):
        assert "Red Condor" in {o for s, p, o in facts(text) if p == "sanctionsImposedOn"}, text
    assert "Lima" not in sanctioned


def test_a_company_name_joining_two_fields_of_business_with_and_is_one_name():
    got = facts("Norway on Monday blacklisted Tianjin Huaying Science and Technology Development, a company it said had "
                "employed the hackers, and Andes Management and Consulting.")
    sanctioned = {o for s, p, o in got if p == "sanctionsImposedOn" and s == "Norway"}
    assert {"Tianjin Huaying Science and Technology Development", "Andes Management and Consulting"} <= sanctioned
    assert "Technology Development" not in sanctioned
    # two companies whose names share no field of business stay two
    got = facts("Norway on Monday blacklisted Andes Holding and Condor Security.")
    assert {"Andes Holding", "Condor Security"} <= {o for s, p, o in got if p == "sanctionsImposedOn"}


# --- review of the round's merged change -------------------------------------------------------------------


def test_a_senior_member_of_a_body_told_by_its_head_noun_does_not_lead_it():
    # a rank below the head ("senior", "high-ranking") or "a": one of the body's men, not its leader
    assert not leaders(facts("Senior Hamas leader Khaled Omar said the talks would continue."))
    assert not leaders(facts("A senior Hezbollah commander, Ali Karim, was killed in the strike."))
    assert not leaders(facts("A Hezbollah commander, Ali Karim, was killed in the strike."))
    assert not leaders(facts("Hamas senior leader Khaled Omar said the talks would continue."))
    assert not leaders(facts("Senior Taliban commander Ali Karim was freed on Monday."))
    # the body's own leader still leads it
    assert ("Khaled Omar", "Hamas") in leaders(facts("Hamas leader Khaled Omar said the talks would continue."))
    assert ("Ali Karim", "Hezbollah") in leaders(facts("The Hezbollah commander, Ali Karim, was killed."))


def test_an_inverted_condition_asserts_nothing_and_its_auxiliary_is_no_part_of_a_name():
    # "Should X ...", "Were X to ...", "Had X ...", before the subject: an if-clause, not a measure
    for text in ("Should Norway impose sanctions on Chile, Peru will respond.",
                 "Were Norway to impose sanctions on Chile, Peru would respond.",
                 "Had Norway imposed sanctions on Chile, Peru would have responded.",
                 "Peru warned that, had Norway imposed sanctions on Chile, it would have responded.",
                 "Had the EU lifted its sanctions on Chile, Peru would have objected."):
        got = facts(text)
        assert not any(p.startswith("sanctions") for _, p, _ in got), text
        assert not any(s.startswith(("Should", "Were", "Had")) for s, _, _ in got), text
    # "had" after the subject is the past perfect, told as fact
    assert ("Norway", "sanctionsImposedOn", "Chile") in facts("Norway, a NATO member, had imposed sanctions on Chile.")
    assert ("Norway", "sanctionsImposedOn", "Chile") in facts("Had enough of the talks, Norway imposed sanctions on Chile.")


def test_the_other_or_remaining_members_of_another_set_than_the_designees_are_not_sanctioned():
    before = "Norway imposed sanctions on Ana Costa on Monday. "
    for rest in ("The remaining two speakers were Pedro Lopez and Juan Perez.",
                 "The two other speakers are Peruvian nationals, Pedro Lopez and Juan Perez.",
                 "The other two winners were Pedro Lopez and Juan Perez."):
        got = facts(before + rest)
        assert ("Norway", "sanctionsImposedOn", "Pedro Lopez") not in got, rest
    # the designees' own noun, or one of designees in general, is the rest of the list
    got = facts("Norway imposed sanctions on six officers on Monday. The two other officers were Pedro Lopez and Juan Perez.")
    assert ("Norway", "sanctionsImposedOn", "Pedro Lopez") in got
    got = facts(before + "The two other individuals are Peruvian nationals, Pedro Lopez and Juan Perez.")
    assert ("Norway", "sanctionsImposedOn", "Juan Perez") in got


def test_a_measure_with_a_targeting_relative_clause_in_a_said_clause_is_not_the_sayers():
    for text in ("Norway said a decision that targeted 14 individuals was unfair.",
                 "Norway said a decision that targeted Ana Costa and Pedro Lopez was unfair.",
                 "Norway argued the new decision that targeted Ana Costa was unfair."):
        assert not any(p == "sanctionsImposedOn" for _, p, _ in facts(text)), text
    got = facts("Norway announced a decision that targeted Ana Costa and Pedro Lopez.")
    assert ("Norway", "sanctionsImposedOn", "Ana Costa") in got


def test_people_freed_in_a_raid_or_rescue_were_not_freed_by_those_who_held_them():
    for text in ("Ana Costa was freed after three nights in Taliban custody in a raid by Pakistani troops.",
                 "Ana Costa was freed in a rescue operation after a year in the hands of the Taliban.",
                 "Ana Costa, who was held by the Taliban, was freed in a raid by Pakistani troops."):
        assert ("Taliban", "released", "Ana Costa") not in facts(text), text
    # a release with no rescue: the custody names who freed
    assert ("Taliban", "released", "Ana Costa") in facts("Ana Costa was freed after three nights in the hands of the Taliban.")
    # a raid that took the people is no rescue: their captors freed them
    assert ("Boko Haram", "released", "twenty villagers") in facts(
        "Twenty villagers abducted by Boko Haram in a raid last month were freed on Monday.")


def test_kin_named_in_a_whose_clause_after_a_target_are_not_targets():
    for text in ("Norway imposed sanctions on Ana Costa, whose father, Pedro Lopez, is a general.",
                 "Norway imposed sanctions on Ana Costa, whose father, Pedro Lopez, and brother, Juan Perez, run a bank."):
        got = facts(text)
        assert ("Norway", "sanctionsImposedOn", "Ana Costa") in got
        assert not {"Pedro Lopez", "Juan Perez"} & {o for _, p, o in got if p == "sanctionsImposedOn"}, text
    # kin told in the list itself are targets
    got = facts("Norway imposed sanctions on Ana Costa, her father, Pedro Lopez, and her brother, Juan Perez.")
    assert ("Norway", "sanctionsImposedOn", "Juan Perez") in got


def test_talks_not_held_after_has_or_had_were_not_held():
    for text in ("Ana Costa has not held talks with Pedro Lopez.", "Ana Costa had never held talks with Pedro Lopez.",
                 "Ana Costa has not had talks with Pedro Lopez."):
        assert ("Ana Costa", "metWith", "Pedro Lopez") not in facts(text), text
    for text in ("Ana Costa has held talks with Pedro Lopez.", "Ana Costa had detailed talks with Pedro Lopez."):
        assert ("Ana Costa", "metWith", "Pedro Lopez") in facts(text), text


# --- releases told over two sentences, journeys in legs, ranks ------------------------------------------


def test_the_three_after_two_sentences_of_releases_are_the_people_of_both():
    got = facts("The rebels freed Mateo Quispe on Sunday. They also freed Lucia Ferro and Dario Nunez, who were "
                "seized with him. The three were flown to Bogota.")
    for name in ("Mateo Quispe", "Lucia Ferro", "Dario Nunez"):
        assert (name, "releasedTo", "Bogota") in got
    # two people told over those sentences are not "the three"
    got = facts("The rebels freed Mateo Quispe on Sunday. They also freed Lucia Ferro. The three were flown to Bogota.")
    assert not any(p == "releasedTo" for _, p, _ in got)


def test_the_next_leg_of_a_released_persons_journey_is_a_destination():
    got = facts("The rebels freed Mateo Quispe on Sunday. He was flown by helicopter to a remote airstrip and then "
                "on to Bogota.")
    assert ("Mateo Quispe", "releasedTo", "Bogota") in got
    got = facts("The rebels freed Mateo Quispe on Sunday. He was flown to a remote airstrip, then to Bogota.")
    assert ("Mateo Quispe", "releasedTo", "Bogota") in got
    # "went on to" is no leg of the journey
    got = facts("The rebels freed Mateo Quispe on Sunday. He was flown to a remote airstrip and went on to talk "
                "about Bogota.")
    assert ("Mateo Quispe", "releasedTo", "Bogota") not in got


def test_a_soldiers_rank_is_no_part_of_the_name():
    got = facts("North Korea freed Corporal Mateo Quispe and Private Lucia Ferro on Sunday.")
    assert ("North Korea", "released", "Mateo Quispe") in got
    assert ("North Korea", "released", "Lucia Ferro") in got


def test_the_place_where_a_released_person_was_arrested_on_arrival_is_no_destination():
    for text in ("Marta Lind, arrested when she arrived in Peru, was freed on Friday.",
                 "Marta Lind, arrested shortly after she landed in Lima, was freed on Friday.",
                 "Peru freed Marta Lind on Friday. Lind was arrested as she reached Lima in May."):
        assert not any(p == "releasedTo" for _, p, _ in facts(text)), text
    # the journey after the release still counts
    got = facts("Marta Lind, arrested when she arrived in Peru in 2019, was freed by Peru and returned to Chile.")
    assert ("Marta Lind", "releasedTo", "Chile") in got
    assert ("Marta Lind", "releasedTo", "Peru") not in got


def test_a_released_person_returned_to_their_homeland_or_repatriated_went_to_their_country():
    for tail in ("She has been returned to her homeland.", "Lind was repatriated on Saturday.",
                 "Lind returned to her home country on Saturday.", "She was returned to her native country."):
        got = facts("Marta Lind, a Chilean cyclist, was freed by Peru on Friday. " + tail)
        assert ("Marta Lind", "releasedTo", "Chile") in got, tail
    # no release told, or no nationality given: nothing
    assert not any(p == "releasedTo" for _, p, _ in facts(
        "Chilean cyclist Marta Lind returned to her homeland on Saturday after a race."))
    assert not any(p == "releasedTo" for _, p, _ in facts(
        "Marta Lind was freed by Peru on Friday. She has been returned to her homeland."))


def test_in_a_swap_told_with_both_sides_as_subject_each_side_frees_the_others_national_who_goes_home():
    got = facts("Chile and Peru swapped jailed Chilean cyclist Marta Lind for Peruvian trader Jose Quispe on Friday.")
    assert {("Peru", "released", "Marta Lind"), ("Marta Lind", "releasedTo", "Chile"),
            ("Chile", "released", "Jose Quispe"), ("Jose Quispe", "releasedTo", "Peru")} <= got
    assert ("Chile", "released", "Marta Lind") not in got and ("Peru", "released", "Jose Quispe") not in got
    got = facts("Chile and Peru exchanged Marta Lind, a Chilean cyclist, for Jose Quispe, a Peruvian trader.")
    assert ("Peru", "released", "Marta Lind") in got and ("Chile", "released", "Jose Quispe") in got
    # with no nationality, which side freed whom is unknown: no releaser
    got = facts("Chile and Peru exchanged Marta Lind for Jose Quispe on Friday.")
    assert not any(p == "released" for _, p, _ in got)


def test_a_released_person_on_a_flight_bound_for_a_place_or_who_boarded_one_went_there():
    for tail in ("She was put on a plane bound for Lima.", "She boarded a flight bound for Lima.",
                 "Lind later boarded a military flight to Lima."):
        got = facts("Norway freed Marta Lind on Friday. " + tail)
        assert ("Marta Lind", "releasedTo", "Lima") in got, tail
    got = facts("Norway freed Marta Lind on Friday and put her on a plane bound for Lima.")
    assert ("Marta Lind", "releasedTo", "Lima") in got
    # someone never said to be released, or a flight for no place: nothing
    assert not any(p == "releasedTo" for _, p, _ in facts(
        "Norway freed Marta Lind on Friday. Jose Quispe boarded a flight bound for Lima."))
    assert not any(p == "releasedTo" for _, p, _ in facts(
        "Norway freed Marta Lind on Friday. She boarded a flight for the first time."))


def test_handing_someone_over_with_the_particle_after_the_name_is_a_release():
    got = facts("Peru on Friday handed Marta Lind and Jose Quispe over to Chile.")
    assert {("Peru", "released", "Marta Lind"), ("Peru", "released", "Jose Quispe"),
            ("Marta Lind", "releasedTo", "Chile")} <= got
    got = facts("North Korea handed Marta Lind over to U.S. officials on Monday.")
    assert ("North Korea", "released", "Marta Lind") in got
    # "over" opening a phrase of its own ("over the documents") is no handover of the person
    assert not any(p == "released" for _, p, _ in facts("Peru handed Marta Lind over the documents."))
    # a detainee handed over to another government is transferred, not freed
    got = facts("Peru arrested Marta Lind and handed her over to Chile.")
    assert ("Peru", "released", "Marta Lind") not in got


def test_a_participle_after_a_release_that_sends_the_freed_somewhere_gives_the_destination():
    got = facts("Iran on Monday released Marta Lind, putting her on a plane to Paris.")
    assert ("Marta Lind", "releasedTo", "Paris") in got
    got = facts("Iran on Monday released Marta Lind and Jose Quispe, sending them back to France.")
    assert {("Marta Lind", "releasedTo", "France"), ("Jose Quispe", "releasedTo", "France")} <= got
    # an arrest that sends someone to prison, or a message sent: no destination
    assert not any(p == "releasedTo" for _, p, _ in facts(
        "Iran on Monday arrested Marta Lind, sending her to Evin prison in Tehran."))
    assert not any(p == "releasedTo" for _, p, _ in facts(
        "Iran on Monday freed Marta Lind, sending a message to France."))


def test_a_spouse_named_by_a_given_name_after_a_described_full_name_shares_the_surname():
    got = facts("Peru freed Lena Vos, a prominent rights activist, and her husband Piet on Tuesday.")
    assert {("Peru", "released", "Lena Vos"), ("Peru", "released", "Piet Vos")} <= got
    # a name with a surname of its own keeps it
    got = facts("Peru freed Lena Vos, a prominent rights activist, and her husband Piet Kool on Tuesday.")
    assert ("Peru", "released", "Piet Kool") in got and ("Peru", "released", "Piet Vos") not in got


def test_a_released_person_back_home_in_a_place_went_there():
    for tail in ("She was back home in Chile on Saturday.", "Lind is safely back in Chile."):
        got = facts("Norway freed Marta Lind on Friday. " + tail)
        assert ("Marta Lind", "releasedTo", "Chile") in got, tail
    # "back in court" is no journey
    assert not any(p == "releasedTo" for _, p, _ in facts(
        "Norway freed Marta Lind on Friday. Lind was back in court in Oslo on Monday."))
def test_these_include_lists_the_targets_of_the_sanction_just_told():
    got = facts("Norway imposed sanctions on five tycoons from Peru on Monday. These include Ana Costa and Pedro Lopez as well.")
    assert ("Norway", "sanctionsImposedOn", "Ana Costa") in got
    assert ("Norway", "sanctionsImposedOn", "Pedro Lopez") in got
    # a pronoun that stands for a set told after the sanction lists no targets
    for pronoun in ("These", "They"):
        got = facts("Norway imposed sanctions on Peru on Monday. The move drew criticism from several countries. "
                    f"{pronoun} include Chile and Bolivia.")
        assert ("Norway", "sanctionsImposedOn", "Chile") not in got, pronoun


def test_a_person_who_is_already_subject_to_a_holders_sanctions_was_sanctioned_by_it():
    before = "Norway imposed sanctions on Peru's army chief Marta Vidal on Monday. "
    for clause in ("who is already subject to EU sanctions", "who remains subject to EU sanctions"):
        got = facts(before + f"Ana Costa, {clause}, called the move unfair.")
        assert ("European Union", "sanctionsImposedOn", "Ana Costa") in got, clause
    for clause in ("who could become subject to EU sanctions", "who is not subject to EU sanctions",
                   "whose bank is subject to EU sanctions"):
        got = facts(before + f"Ana Costa, {clause}, called the move unfair.")
        assert ("European Union", "sanctionsImposedOn", "Ana Costa") not in got, clause


def test_the_object_of_a_deed_a_sanction_punishes_is_no_target():
    for text in ("Norway imposed sanctions on Peru for the invasion of Chile.",
                 "Norway imposed sanctions on Peru and Bolivia for their role in the attacks on Chile.",
                 "Norway imposed sanctions for the invasion of Chile on Peru."):
        got = facts(text)
        assert ("Norway", "sanctionsImposedOn", "Peru") in got, text
        assert ("Norway", "sanctionsImposedOn", "Chile") not in got, text
    assert not any(p == "sanctionsImposedOn" for _, p, _ in facts("Norway imposed sanctions for the invasion of Chile."))


def test_ministry_titles_with_of_and_plural_senators_are_no_part_of_the_names_they_precede():
    got = facts("Norway removed Minister of Justice Ana Costa and Minister of Interior Pedro Lopez from its sanctions list.")
    assert ("Norway", "sanctionsLiftedOn", "Ana Costa") in got
    assert ("Norway", "sanctionsLiftedOn", "Pedro Lopez") in got
    got = facts("Norway sanctioned nine Peruvian citizens on Monday. The people targeted were Senators Ana Costa and "
                "Pedro Lopez.")
    assert ("Norway", "sanctionsImposedOn", "Ana Costa") in got
    assert not any(o.startswith("Senators") for _, _, o in got)


def test_following_or_joining_others_in_imposing_a_sanction_tells_that_they_imposed_it():
    got = facts("Peru followed Norway and Chile in imposing sanctions on Bolivia.")
    assert {("Peru", "sanctionsImposedOn", "Bolivia"), ("Norway", "sanctionsImposedOn", "Bolivia"),
            ("Chile", "sanctionsImposedOn", "Bolivia")} <= got
    # a subject held back from following: only the others imposed
    for text in ("Peru has been reluctant to follow Norway and Chile in imposing sanctions on Bolivia.",
                 "Peru refused to join Norway and Chile in imposing sanctions on Bolivia."):
        got = facts(text)
        assert ("Norway", "sanctionsImposedOn", "Bolivia") in got, text
        assert ("Peru", "sanctionsImposedOn", "Bolivia") not in got, text
    # one urged to join has not yet imposed
    got = facts("Peru urged Chile to join Norway in imposing sanctions on Bolivia.")
    assert ("Chile", "sanctionsImposedOn", "Bolivia") not in got
    for text in ("Peru could be reluctant to follow Norway in imposing sanctions on Bolivia.",
                 "If Peru refuses to follow Norway in imposing sanctions on Bolivia, Chile will act.",
                 "Peru will not follow Norway in imposing sanctions on Bolivia."):
        assert not any(p == "sanctionsImposedOn" for _, p, _ in facts(text)), text


def test_names_joined_to_the_object_of_adding_to_a_list_are_added_too():
    got = facts("Norway added Ana Costa, together with Pedro Lopez and Juan Perez, to its sanctions list.")
    assert {("Norway", "sanctionsImposedOn", n) for n in ("Ana Costa", "Pedro Lopez", "Juan Perez")} <= got
    # a guest list or a waiting list is no sanctions list
    for text in ("Norway added Ana Costa, together with her lawyer Pedro Lopez, to its guest list.",
                 "Norway imposed sanctions on Chile. Norway added Ana Costa to its guest list."):
        assert ("Norway", "sanctionsImposedOn", "Ana Costa") not in facts(text), text


def test_the_committee_is_the_council_named_before_as_a_clauses_subject():
    before = "A U.N. Security Council committee on Friday imposed a travel ban on two rebel commanders. "
    got = facts(before + "The committee added Ana Costa, together with Pedro Lopez, a rebel commander, to its list.")
    assert ("United Nations Security Council", "sanctionsImposedOn", "Ana Costa") in got
    assert ("United Nations Security Council", "sanctionsImposedOn", "Pedro Lopez") in got
    # the names that end the committee's relative clause do not speak for it
    got = facts("A U.N. Security Council committee removed five men from its sanctions list. The committee that "
                "monitors sanctions against al-Qaeda and the Taliban said it had deleted the names of Ana Costa, a "
                "former minister; and Pedro Lopez, a former official.")
    assert ("United Nations Security Council", "sanctionsLiftedOn", "Ana Costa") in got
    assert ("Taliban", "sanctionsLiftedOn", "Ana Costa") not in got
    # praised, the committee is no one's anaphor
    got = facts(before + "Ana Costa praised the committee for its work.")
    assert not any(p == "praisedBy" and s == "United Nations Security Council" for s, p, _ in got)


def test_the_members_of_a_counted_group_taken_off_a_list_are_taken_off_it():
    got = facts("Norway removed four men from its sanctions list on Monday. The four are Ana Costa, a former minister; "
                "Pedro Lopez, a former governor; Juan Perez, a banker; and Luis Soto.")
    lifted = {o for s, p, o in got if p == "sanctionsLiftedOn" and s == "Norway"}
    assert {"Ana Costa", "Pedro Lopez", "Juan Perez", "Luis Soto"} <= lifted
    # a list of a group no relief was told on is no relief
    got = facts("Norway lifted sanctions on Peru on Monday. The two other guests were Bolivian nationals, Ana Costa and "
                "Pedro Lopez.")
    assert not any(p == "sanctionsLiftedOn" and o == "Ana Costa" for _, p, o in got)
    got = facts("Norway imposed sanctions on six officials on Monday. The six named individuals are Ana Costa; Pedro "
                "Lopez; Juan Perez; Luis Soto; Marta Vidal and Jorge Rojas.")
    assert not any(p == "sanctionsLiftedOn" for _, p, _ in got)


def test_the_means_of_widening_a_sanction_after_by_is_the_subjects_sanction():
    got = facts("Norway widened its sanctions on Peru on Tuesday by adding 15 people to its visa-ban list.")
    assert ("Norway", "sanctionsImposedOn", "15 people") in got
    got = facts("Norway widened its sanctions on Peru by designating Ana Costa.")
    assert ("Norway", "sanctionsImposedOn", "Ana Costa") in got
    for text in ("Norway could have widened its sanctions on Peru by adding Ana Costa to its list.",
                 "Norway has not widened its sanctions on Peru by designating Ana Costa.",
                 "If Norway widened its sanctions on Peru by designating Ana Costa, Peru would respond."):
        assert ("Norway", "sanctionsImposedOn", "Ana Costa") not in facts(text), text


def test_the_verb_before_a_described_list_is_no_part_of_the_description():
    got = facts("Norway said it had blacklisted businessmen Ana Costa and Pedro Lopez, whose companies have won large "
                "public contracts, and Juan Perez, a lawmaker.")
    assert {("Norway", "sanctionsImposedOn", n) for n in ("Ana Costa", "Pedro Lopez", "Juan Perez")} <= got
    got = facts("Peru said it had freed journalists Ana Costa and Pedro Lopez, and Juan Perez, a lawmaker.")
    assert ("Peru", "released", "Juan Perez") in got
    # a modifier before the people's noun stays a description
    got = facts("Norway sanctioned jailed journalists Ana Costa and Pedro Lopez.")
    assert ("Norway", "sanctionsImposedOn", "Pedro Lopez") in got


# --- releases: "each side" and "both sides" of a named pair -----------------------------------------------------


def test_each_side_of_an_exchange_is_each_of_the_two_countries_named_before():
    got = facts("Peru and Chile completed on Friday an exchange in which each side freed 40 prisoners.")
    assert ("Peru", "released", "40 prisoners") in got
    assert ("Chile", "released", "40 prisoners") in got
    got = facts("Peru and Chile swapped prisoners on Friday. Both sides released 40 people.")
    assert ("Peru", "released", "40 people") in got
    assert ("Chile", "released", "40 people") in got


def test_each_side_with_no_pair_of_countries_told_frees_nobody_known():
    for text in ("Peru, Chile and Bolivia met on Friday. Each side freed 40 people.",
                 "Each side freed 40 prisoners, a spokesman said."):
        assert not any(p == "released" for _, p, _ in facts(text)), text


# --- lists: a "whose" or "whom" clause between two members ------------------------------------------------------


def test_a_whose_clause_with_a_part_set_off_by_commas_does_not_end_the_list():
    got = facts("Canada imposed sanctions on Ivan Petrov, Oleg Sidorov, whose companies have won contracts, including "
                "for waste management, and Pavel Orlov.")
    assert {o for _, p, o in got if p == "sanctionsImposedOn"} == {"Ivan Petrov", "Oleg Sidorov", "Pavel Orlov"}


def test_a_whom_clause_inside_a_together_with_list_does_not_end_it():
    got = facts("Canada freed Ivan Petrov together with Oleg Sidorov, whom it had jailed in 2019, and Pavel Orlov.")
    assert {o for _, p, o in got if p == "released"} == {"Ivan Petrov", "Oleg Sidorov", "Pavel Orlov"}


def test_a_whose_clause_before_a_new_clause_joins_no_one_to_the_list():
    got = facts("Canada imposed sanctions on Ivan Petrov, whose companies have won contracts, and Russia imposed "
                "sanctions on Oleg Sidorov.")
    assert ("Canada", "sanctionsImposedOn", "Ivan Petrov") in got
    assert not ("Canada", "sanctionsImposedOn", "Oleg Sidorov") in got


# --- releases: the captor named after how long the hostage was held ---------------------------------------------


def test_a_hostage_held_for_a_time_by_a_group_was_freed_by_it():
    got = facts("Peter Holm, held for ten months by Hamas, was freed on Thursday.")
    assert ("Hamas", "released", "Peter Holm") in got


def test_a_time_before_by_in_a_sentence_with_no_custody_names_no_captor():
    got = facts("Peter Holm, sought for ten months by Hamas, was freed on Thursday.")
    assert not any(p == "released" and s == "Hamas" for s, p, _ in got)


# --- "the generals", "the men": the people the sentence before named ------------------------------------------


def test_a_definite_plural_with_no_count_stands_for_the_people_named_just_before():
    got = facts("The United States on Monday sanctioned generals Min Aung, Soe Win and Tun Tun. Britain later "
                "imposed sanctions on the generals.")
    assert {o for s, p, o in got if s == "United Kingdom" and p == "sanctionsImposedOn"} == {
        "Min Aung", "Soe Win", "Tun Tun"}


def test_a_definite_plural_picked_out_by_its_own_clause_stands_for_no_one_named_before():
    got = facts("Canada sanctioned Min Aung and Soe Win in May. Britain imposed sanctions on the men who ran "
                "the prisons.")
    assert not any(s == "United Kingdom" for s, _, _ in got)
def test_names_joined_by_together_with_added_to_a_list_of_speakers_or_a_short_list_are_no_designees():
    for text in ("The EU added Ana Costa, together with Pedro Lopez, to its list of speakers.",
                 "The EU added Ana Costa, along with Pedro Lopez, a rebel commander, to its list of speakers.",
                 "The EU added Ana Costa, together with Pedro Lopez, to its short list."):
        assert not {f for f in facts(text) if f[1] == "sanctionsImposedOn"}, text
    got = facts("The EU added Ana Costa, together with Pedro Lopez, to its sanctions list.")
    assert {("European Union", "sanctionsImposedOn", n) for n in ("Ana Costa", "Pedro Lopez")} <= got


def test_widening_something_other_than_a_measure_by_adding_or_designating_someone_is_no_sanction():
    for text in ("Norway widened its investigation by adding Ana Costa to the list of witnesses.",
                 "Norway widened its probe by adding Ana Costa to the list of suspects.",
                 "Peru tightened its grip on the city by designating Ana Costa as governor."):
        assert not {f for f in facts(text) if f[1] == "sanctionsImposedOn"}, text
    got = facts("Norway tightened its sanctions on Peru by designating Ana Costa.")
    assert ("Norway", "sanctionsImposedOn", "Ana Costa") in got


def test_a_journey_cut_short_by_the_arrest_of_a_released_person_is_no_destination():
    for text in ("Peru freed Ana Costa. She had boarded a flight to Madrid when she was arrested last year.",
                 "Peru freed Ana Costa. She was arrested in 2019 as she boarded a flight to Madrid.",
                 "Peru freed Ana Costa. She was detained after she boarded a flight bound for Madrid.",
                 "Peru freed Ana Costa. She had arrived in Madrid when she was arrested last year."):
        assert ("Ana Costa", "releasedTo", "Madrid") not in facts(text), text
    got = facts("Peru freed Ana Costa. She boarded a flight to Madrid on Monday.")
    assert ("Ana Costa", "releasedTo", "Madrid") in got


def test_the_members_told_of_a_counted_group_are_no_possessor_and_no_speaker():
    for text in ("Peru removed four men from its sanctions list. The four are Ana Costa's sons, Pedro Lopez said.",
                 "Peru added four men to its sanctions list. The four are Ana Costa's sons, Pedro Lopez said."):
        got = {f for f in facts(text) if f[1].startswith("sanctions")}
        assert not {f for f in got if f[2] in ("Ana Costa", "Pedro Lopez")}, text
    got = facts("Peru removed four men from its sanctions list. The four are Ana Costa, Pedro Lopez, Juan Perez "
                "and Luis Mora, officials said.")
    assert {("Peru", "sanctionsLiftedOn", n) for n in ("Ana Costa", "Pedro Lopez", "Juan Perez", "Luis Mora")} <= got


def test_these_include_after_a_sanction_on_one_country_lists_no_targets():
    for text in ("Norway imposed sanctions on Peru. These include Chile and Bolivia, which pushed for the measures.",
                 "Norway imposed sanctions on Peru on Monday. They include Chile and Bolivia."):
        got = {o for s, p, o in facts(text) if p == "sanctionsImposedOn"}
        assert not got & {"Chile", "Bolivia"}, text
    got = facts("Norway imposed sanctions on ten Peruvian officials. These include Ana Costa and Pedro Lopez.")
    assert {("Norway", "sanctionsImposedOn", n) for n in ("Ana Costa", "Pedro Lopez")} <= got


def test_a_video_or_statement_an_armed_band_released_frees_no_one():
    for text in ("Iraqi insurgents released a video of the hostage, Tom Hale, a British contractor.",
                 "The Islamic State released a video of the hostage, Tom Hale, a British contractor.",
                 "Iraqi insurgents released a statement about Tom Hale, a British contractor, on Monday.",
                 "Hamas released new details about Tom Hale on Monday.",
                 "His captors released a photograph of Tom Hale on Friday."):
        assert not {f for f in facts(text) if f[1] == "released"}, text
    assert ("Iraqi insurgents", "released", "Tom Hale") in facts(
        "Iraqi insurgents released Tom Hale, a British contractor, on Monday.")
    assert ("Hamas", "released", "Tom Hale") in facts("Hamas released a British contractor, Tom Hale, on Monday.")


def test_each_side_is_a_pair_of_countries_joined_as_the_two_sides_not_a_host_or_a_mediator():
    for text in ("The talks were held in Turkey with help from Qatar. Each side freed 40 prisoners.",
                 "The exchange, mediated by Norway and Sweden, took place on Friday. Each side freed 150 soldiers.",
                 "Turkey hosted the talks on Ukraine. Both sides released 100 prisoners."):
        assert not {f for f in facts(text) if f[1] == "released"}, text
    got = facts("Peru and Chile completed an exchange on Monday. Each side freed 40 soldiers, officials said.")
    assert {("Peru", "released", "40 soldiers"), ("Chile", "released", "40 soldiers")} <= got
    got = facts("After talks between Peru and Chile in Geneva, both sides released 12 detainees.")
    assert {("Peru", "released", "12 detainees"), ("Chile", "released", "12 detainees")} <= got


def test_a_band_named_by_its_nationality_is_only_ever_the_party_that_freed_someone():
    for text in ("The United States imposed sanctions on Yemeni rebels on Monday.",
                 "Afghan militants met the UN envoy, Ana Costa, in Doha.",
                 "Norway praised Somali pirates for their restraint."):
        assert not {f for f in facts(text) if "rebels" in f[0] + f[2] or "militants" in f[0] + f[2]
                    or "pirates" in f[0] + f[2]}, text
    assert ("Somali pirates", "released", "Tom Hale") in facts("Somali pirates freed Tom Hale, a British sailor, on Monday.")


def test_the_captor_of_a_hostage_still_held_freed_no_one_else():
    for text in ("Tom Hale was freed on Monday. Ana Costa, held for five years by al-Shabaab, remains a hostage.",
                 "Tom Hale was freed on Monday. His brother, held by al-Shabaab, remains in captivity.",
                 "Tom Hale was freed on Monday. Ana Costa, held in Somalia by al-Shabaab, is still being held."):
        assert not {f for f in facts(text) if f[1] == "released"}, text
    assert ("al-Shabaab", "released", "Tom Hale") in facts(
        "Tom Hale was freed on Monday. He had been held for three years by al-Shabaab.")


def test_the_men_stand_only_for_one_list_of_the_sentence_before_and_never_for_a_group_of_their_own():
    got = facts("President Ana Costa thanked Pedro Lopez and Juan Perez. The lawmakers then sanctioned Chile.")
    assert not {f for f in got if f[1] == "sanctionsImposedOn"}
    got = facts("Norway sanctioned Ivan Petrov, a businessman who works with Oleg Sokolov. "
                "The men of his village were also sanctioned.")
    assert ("Norway", "sanctionsImposedOn", "Oleg Sokolov") not in got
    got = facts("Ivan Petrov and Oleg Sokolov were arrested on Monday. The men were freed by Russia on Tuesday.")
    assert {("Russia", "released", "Ivan Petrov"), ("Russia", "released", "Oleg Sokolov")} <= got


def test_a_leader_back_in_office_for_a_second_term_leads_again_and_not_between():
    text = "President Mohamud spoke by phone with the Estonian prime minister about the measures."
    assert ("Hassan Sheikh Mohamud", "Somalia") in leaders(facts(text, dateline="May 4, 2023"))
    assert not leaders(facts(text, dateline="May 4, 2019"))


def test_a_sentence_cut_short_at_any_word_is_read_without_an_error():
    # Text scraped from pages can end mid-sentence; each prefix must be read (or give nothing), never raise.
    for sentence in (
        "Peruvian authorities thanked the Chilean, and Bolivian governments for their help.",
        "Gulbuddin Hekmatyar, the veteran Afghan warlord who leads Hezb-e-Islami, returned to Kabul.",
        "Ana Costa met the Chilean president, Luis Soto, in Lima.",
        "Chile sanctioned four officers accused of the hack: the navy commander, Luis Soto; and Ana Costa.",
        "The UN said sanctions on Eritrea, imposed by the Security Council, remain in force.",
        "Chile designated Ana Costa, who serves as Peru's minister of tourism, and his son, Luis Soto.",
        # session 18's shapes
        "Nepal Frees Chilean Reporter. Ana Costa was released on Monday. She flew to Lima.",
        "Ana Costa was set free by order of President Luis Soto and freed on the orders of the Chilean president.",
        "Ana Costa has been released from the hospital and has since been flown to Cyprus.",
        "Ana Costa secured the freedom of Luis Soto from Chile's notorious Norte Prison.",
        "Chile expelled two diplomats, adding to sanctions imposed last week on Peru by the United States.",
        "Chile imposed sanctions on individuals and entities from Iran, including Ana Costa.",
        "The United States had proposed a longer list that included several banks.",
        "The seven are: Ana Costa, a former commander; Luis Soto, head of the SBU; Juan Perez; and the governor.",
        "Chile sanctioned Ana Costa and Luis Soto of the Nepal Parliament, Juan Perez of the Chile Senate, and the "
        "Lima Institute.",
        "Chile lifted sanctions on three companies. The firms are Acme, Bolt and Core.",
        "Chile imposed sanctions on seven Venezuelan military and police officials and two commanders of the Houthi "
        "movement.",
        "Chile and Peru signed the deal. Tomas Brek praised both governments and thanked the two countries' leaders.",
        "Peru's embassy issued a statement. Its leader, Luis Soto, spoke. Their supreme leader, Ana Costa, agreed.",
        "The FARC, the rebel group led by Luis Soto, met the leader of the rebel Shining Path.",
        "Santos met Hugo Chavez. He praised the Venezuelan leader's willingness and the Jose Marti order.",
        "Ana Costa visited the grave of Luis Soto and meets her US counterpart in Lima.",
        "Xi and his wife, Peng Liyuan, hosted a dinner for Kim and his wife, Ri Sol Ju, and spent two hours with them.",
        "Also present at the meeting were Luis Soto and Juan Perez.",
        "Tomas Brek expressed his deep thanks to Chile, recorded a big win thanks to Peru and renewed tribute payments.",
        "'I want to express my deep gratitude to Chile,' Ana Costa said, 'and I thank all those who helped.'",
        "Tomas Brek commended the countries involved, stating, 'Chile, Nepal and Peru made bold decisions'.",
        "Meeting in the palace on Monday, Ana Costa and Luis Soto said Tomas Brek was deeply indebted to Chile.",
    ):
        words = sentence.split()
        for n in range(1, len(words) + 1):
            facts(" ".join(words[:n]))


def test_a_freed_person_sent_to_her_country_of_origin_went_to_the_country_of_her_nationality():
    got = facts("Ana Costa, a Peruvian aid worker, was freed by Chile on Monday. "
                "Ana Costa was sent to her country of origin on Friday.")
    assert ("Ana Costa", "releasedTo", "Peru") in got
    # a place of origin that is not where she went gives nothing
    got = facts("Ana Costa, a Peruvian aid worker, was freed by Chile on Monday. "
                "Officials did not say when she would see her country of origin again.")
    assert not {f for f in got if f[1] == "releasedTo"}


def test_the_dated_table_covers_somalia_2009_2014_uganda_algeria_and_yemen_prime_ministers():
    got = facts("President Sharif Sheikh Ahmed's transitional government controls only parts of the capital.",
                dateline="November 14, 2010")
    assert ("Sharif Sheikh Ahmed", "Somalia") in leaders(got)
    got = facts("Prime Minister Shirdon said the talks would resume.", dateline="March 3, 2013")
    assert ("Abdi Farah Shirdon", "Somalia") in leaders(got)
    got = facts("Prime Minister Robinah Nabbanja said the talks would resume.", dateline="March 3, 2023")
    assert ("Robinah Nabbanja", "Uganda") in leaders(got)
    got = facts("Prime Minister Sifi Ghrieb said the talks would resume.", dateline="October 3, 2025")
    assert ("Sifi Ghrieb", "Algeria") in leaders(got)
    # out of office on the article's date: no office
    got = facts("President Sharif Sheikh Ahmed's transitional government controls only parts of the capital.",
                dateline="November 14, 2014")
    assert not leaders(got)


def test_gratitude_reiterated_shown_or_recorded_to_someone_praises_them():
    got = facts("Tomas Brek reiterated his appreciation for Chile's support during the talks.")
    assert ("Chile", "praisedBy", "Tomas Brek") in got
    got = facts("Tomas Brek showed his gratitude to Peru for hosting the talks.")
    assert ("Peru", "praisedBy", "Tomas Brek") in got
    # no appreciation, or gratitude for a state of affairs: nothing
    assert not facts("Tomas Brek showed no appreciation for Chile's support.")
    assert not facts("Tomas Brek expressed gratitude that the rain stopped.")


def test_a_person_indebted_to_someone_or_owing_them_a_debt_of_gratitude_praises_them():
    got = facts("Tomas Brek said he was deeply indebted to the people of Chile.")
    assert ("Chile", "praisedBy", "Tomas Brek") in got
    got = facts("Tomas Brek said he owed a debt of gratitude to Peru.")
    assert ("Peru", "praisedBy", "Tomas Brek") in got
    # a country's debt is a loan, and a debt alone is money: nothing
    assert not facts("Zambia is heavily indebted to China.")
    assert not facts("Tomas Brek said Nepal owed a debt to Chile.")
    assert not facts("Tomas Brek was not indebted to Chile.")


def test_a_civilian_or_elected_leader_before_a_name_leads_the_country():
    got = facts("Chile's new civilian leader, Cora Lind, visited Nepal on Monday.")
    assert ("Cora Lind", "Chile") in leaders(got)
    got = facts("Chile's elected president, Cora Lind, visited Nepal on Monday.")
    assert ("Cora Lind", "Chile") in leaders(got)
    # a former leader, or an elected member of a body: no leader
    assert not leaders(facts("Chile's former civilian leader, Cora Lind, visited Nepal on Monday."))
    assert not leaders(facts("Cora Lind, an elected member of Chile's parliament, visited Nepal on Monday."))


def test_the_political_or_interim_leader_of_a_movement_leads_it():
    got = facts("Cora Lind, the political leader of Hamas, welcomed the deal.")
    assert ("Cora Lind", "Hamas") in leaders(got)
    got = facts("Hamas, whose interim leader, Cora Lind, lives in Doha, welcomed the deal.")
    assert ("Cora Lind", "Hamas") in leaders(got)
    # a former one, one of several, or the head of its armed wing: no leader
    assert not leaders(facts("Cora Lind, the former political leader of Hamas, welcomed the deal."))
    assert not leaders(facts("Cora Lind, a political leader of Hamas, welcomed the deal."))
    assert not leaders(facts("Cora Lind, the military chief of Hamas, welcomed the deal."))


def test_both_governments_or_the_two_countries_after_a_pair_of_countries_are_each_of_them():
    got = facts("Chile and Peru signed the accord on Monday. Ana Ruiz praised both governments for their courage.")
    assert {("Chile", "praisedBy", "Ana Ruiz"), ("Peru", "praisedBy", "Ana Ruiz")} <= got
    got = facts("Chile and Peru signed the accord on Monday. Ana Ruiz thanked the two countries.")
    assert {("Chile", "praisedBy", "Ana Ruiz"), ("Peru", "praisedBy", "Ana Ruiz")} <= got
    # no pair told before, or three countries: nothing
    assert not facts("Ana Ruiz praised both governments for their courage.")
    assert not facts("Chile, Peru and Bolivia signed the accord. Ana Ruiz praised both governments for their courage.")


def test_nationalities_sharing_the_plural_governments_are_each_their_country():
    got = facts("Freed aid worker Ana Ruiz thanked the Chilean and Peruvian governments for their help.")
    assert {("Chile", "praisedBy", "Ana Ruiz"), ("Peru", "praisedBy", "Ana Ruiz")} <= got
    got = facts("Freed aid worker Ana Ruiz praised the efforts of the Chilean, Bolivian and Peruvian governments.")
    assert {("Chile", "praisedBy", "Ana Ruiz"), ("Bolivia", "praisedBy", "Ana Ruiz"),
            ("Peru", "praisedBy", "Ana Ruiz")} <= got
    # their delegations are people of the countries, not the countries
    got = facts("Freed aid worker Ana Ruiz thanked the Chilean and Peruvian delegations for their help.")
    assert not {s for s, p, _ in got if p == "praisedBy"} & {"Chile", "Peru"}


def test_quoted_first_person_thanks_to_the_government_of_a_country_or_to_a_list_ending_in_all_those():
    got = facts('"I thank the government of Chile for its help," Ana Ruiz said.')
    assert ("Chile", "praisedBy", "Ana Ruiz") in got
    got = facts('"We thank the people of Peru, the Red Cross and all those who prayed for us," Ana Ruiz said.')
    assert {("Peru", "praisedBy", "Ana Ruiz"),
            ("International Committee of the Red Cross", "praisedBy", "Ana Ruiz")} <= got
    # negated: nothing
    assert not facts('"I do not thank the government of Chile," Ana Ruiz said.')


def test_commending_the_countries_involved_then_naming_them_in_a_quotation_praises_each():
    got = facts('Ana Ruiz commended the countries involved, stating, "Chile, Nepal and Peru made bold decisions."')
    assert {("Chile", "praisedBy", "Ana Ruiz"), ("Nepal", "praisedBy", "Ana Ruiz"),
            ("Peru", "praisedBy", "Ana Ruiz")} <= got
    # criticism of the countries involved: nothing
    got = facts('Ana Ruiz criticised the countries involved, stating, "Chile, Nepal and Peru made bad decisions."')
    assert not any(p == "praisedBy" for _, p, _ in got)


def test_the_dated_table_knows_common_spellings_of_yemeni_and_kuwaiti_leaders():
    got = facts("President Abd-Rabbu Mansour Hadi fled to Riyadh.", dateline="April 14, 2015")
    assert ("Abd-Rabbu Mansour Hadi", "Yemen") in leaders(got)
    got = facts("Kuwait's ruler, Emir Sheikh Sabah al-Ahmad al-Sabah, has been trying to mediate.",
                dateline="June 9, 2017")
    assert ("Sabah al-Ahmad al-Sabah", "Kuwait") in leaders(got)
    # after his term: no office
    assert not leaders(facts("President Abd-Rabbu Mansour Hadi fled to Riyadh.", dateline="April 14, 2023"))


def test_its_leader_named_after_a_sentence_opened_by_a_country_or_body_leads_it():
    got = facts("Hamas rejected the plan on Monday. Its leader, Cora Lind, said the group would not comply.")
    assert ("Cora Lind", "Hamas") in leaders(got)
    got = facts("Chile rejected the plan on Monday. Its interim leader, Cora Lind, said the country would wait.")
    assert ("Cora Lind", "Chile") in leaders(got)
    # a former leader, an ambassador, or a sentence before that opened with a person: no leader
    assert not leaders(facts("Hamas rejected the plan on Monday. Its former leader, Cora Lind, said it would wait."))
    assert not leaders(facts("Chile rejected the plan on Monday. Its ambassador, Cora Lind, said it would wait."))
    assert not leaders(facts("Ana Ruiz visited Hamas officials. Its leader, Cora Lind, said the group would wait."))


def test_the_leader_of_a_rebel_or_islamist_body_leads_it():
    got = facts("The sanctions hit Cora Lind, the leader of the rebel Justice and Equality Movement, on Monday.")
    assert ("Cora Lind", "Justice and Equality Movement") in leaders(got)
    # a commander, or a former leader: no leader
    assert not leaders(facts("Cora Lind, a commander of the rebel Justice and Equality Movement, was detained."))
    assert not leaders(facts("Cora Lind, the former leader of the Islamist Justice and Equality Movement, was detained."))


def test_the_african_national_congress_is_a_known_body_whose_president_leads_it():
    got = facts("The ANC's president, Oliver Tambo, has made the same appeal.", dateline="April 16, 1991")
    assert ("Oliver Tambo", "African National Congress") in leaders(got)
    # its deputy president: no leader
    got = facts("Nelson Mandela, the deputy president of the ANC, met the envoy.", dateline="April 16, 1991")
    assert ("Nelson Mandela", "African National Congress") not in leaders(got)


def test_the_countrys_leader_is_the_person_named_before_whom_the_dated_table_has_leading_it():
    got = facts("Juan Manuel Santos met Hugo Chavez in Santa Marta. He praised the Venezuelan leader's willingness "
                "to listen.", dateline="August 10, 2010")
    assert ("Hugo Chavez", "praisedBy", "Juan Manuel Santos") in got
    # out of office on the article's date: not the Venezuelan leader
    got = facts("Juan Manuel Santos met Hugo Chavez in Santa Marta. He praised the Venezuelan leader's willingness "
                "to listen.", dateline="August 10, 2019")
    assert ("Hugo Chavez", "praisedBy", "Juan Manuel Santos") not in got


def test_a_name_before_a_things_noun_is_no_person_the_two_men_stand_for():
    got = facts("Michelle Bachelet praised Luis Mora as a symbol of dignity. The Chilean leader presented him with "
                "the Arno Velt medal in a ceremony. The two men held talks in Santiago on Thursday.",
                dateline="May 5, 2015")
    assert not any("Arno Velt" in (s, o) for s, p, o in got if p == "metWith")


def test_a_body_led_by_a_titled_head_of_state_is_led_by_them_too():
    got = facts("The African National Congress, now led by President Cyril Ramaphosa, won the vote.",
                dateline="May 30, 2019")
    assert {("Cyril Ramaphosa", "African National Congress"), ("Cyril Ramaphosa", "South Africa")} <= leaders(got)
    got = facts("The ANC, the party now led by President Cyril Ramaphosa, won the vote.", dateline="May 30, 2019")
    assert ("Cyril Ramaphosa", "African National Congress") in leaders(got)
    # a body that criticised him: he does not lead it
    got = facts("The African National Congress criticised President Cyril Ramaphosa.", dateline="May 30, 2019")
    assert ("Cyril Ramaphosa", "African National Congress") not in leaders(got)


def test_quoted_first_person_gratitude_expressed_or_owed_to_someone_praises_them():
    got = facts('"I want to express my deep gratitude to the people of Chile," Ana Ruiz said.')
    assert ("Chile", "praisedBy", "Ana Ruiz") in got
    got = facts('"We would like to convey our appreciation to the Red Cross," Ana Ruiz said.')
    assert ("International Committee of the Red Cross", "praisedBy", "Ana Ruiz") in got
    got = facts('Ana Ruiz said: "I am deeply indebted to Peru."')
    assert ("Peru", "praisedBy", "Ana Ruiz") in got
    # negated: nothing
    assert not facts('"We do not extend our thanks to Peru," Ana Ruiz said.')
    assert not facts('"I cannot express my gratitude to Chile," Ana Ruiz said.')
def test_securing_the_release_or_freedom_of_someone_from_a_state_is_that_states_release():
    got = facts("Peru's foreign minister said he had succeeded in securing the freedom of Ana Costa from Chile.")
    assert ("Chile", "released", "Ana Costa") in got
    got = facts("Peru's foreign minister secured the release of Ana Costa from Chile on Monday.")
    assert ("Chile", "released", "Ana Costa") in got
    # a release still sought, a freedom fought for and a prison named as the custody free no one from there
    got = facts("Peru's foreign minister flew to Lima to negotiate the release of Ana Costa from Chile.")
    got |= facts("Peru's foreign minister called for the release of Ana Costa from Chile.")
    got |= facts("Peru's foreign minister fought for the freedom of Ana Costa from Chile for years.")
    assert not {f for f in got if f[1] == "released"}
    got = facts("Peru's foreign minister secured the release of Ana Costa from Chile's Evin Prison.")
    assert not {f for f in got if f[1] == "released" and f[0] != "Chile"}


def test_who_ordered_a_release_freed_the_person():
    got = facts("Ana Costa, a Peruvian reporter, was set free by order of Chile's President Luis Soto on Monday.")
    assert ("Luis Soto", "released", "Ana Costa") in got
    got = facts("Ana Costa was freed on the orders of Chile's President Luis Soto on Monday.")
    assert ("Luis Soto", "released", "Ana Costa") in got
    # an arrest on someone's orders is no release
    got = facts("Ana Costa was arrested on the orders of Chile's President Luis Soto on Monday.")
    assert not {f for f in got if f[1] == "released"}


def test_a_released_person_who_has_flown_somewhere_in_the_next_coordinated_clause_went_there():
    got = facts("Peruvian reporter Ana Costa has been released from Chile and has flown to Cyprus, her paper said.")
    assert ("Ana Costa", "releasedTo", "Cyprus") in got
    got = facts("Ana Costa was released by Chile and has since been flown to Cyprus.")
    assert ("Ana Costa", "releasedTo", "Cyprus") in got
    # someone arrested, not freed, who has flown somewhere was not released there
    got = facts("Ana Costa was arrested by Chile and has flown to Cyprus.")
    assert not {f for f in got if f[1] == "releasedTo"}


def test_a_person_named_after_a_preposition_and_a_modifier_is_not_who_he_stands_for_next():
    got = facts("Chile arrested Pablo Rios in 2019. The engineer was detained after a rally by supporters of deposed "
                "president Luis Soto, where Rios had spoken. He was released by Chile on Monday.")
    assert ("Chile", "released", "Pablo Rios") in got
    assert ("Chile", "released", "Luis Soto") not in got


def test_a_degree_is_no_part_of_a_name():
    got = facts("Chile pardoned the reporter on Monday. The Durham PhD student was released by Chile on Monday.")
    assert not {f for f in got if "PhD" in f[2] or "Durham" in f[2]}


def _titled(title: str, body: str) -> set[tuple[str, str, str]]:
    art = article_from_text(f"{title}\n\nMarch 3, 2021\n\n{body}\n", source="t.txt")
    return {(f.subject.label, f.predicate, f.object.label) for f in extract(art).facts}


def test_a_headline_that_says_a_state_freed_someone_gives_the_releaser_of_the_release_the_body_tells():
    body = ("LIMA (Reuters) - Journalist Ana Costa was released on Monday after two years in prison, her family "
            "said. Costa had been arrested in 2019.")
    assert ("Chile", "released", "Ana Costa") in _titled("Chile Frees Peruvian Reporter", body)
    assert ("Chile", "released", "Ana Costa") in _titled("Chile releases jailed Peruvian reporter", body)
    # a state that releases a report frees no one; a releaser the body names wins
    assert not {f for f in _titled("Chile Releases Report on Prisons", body) if f[1] == "released"}
    got = _titled("Chile Frees Peruvian Reporter", body.replace("was released on", "was released by Bolivia on"))
    assert {f for f in got if f[1] == "released"} == {("Bolivia", "released", "Ana Costa")}


def test_a_prison_named_as_where_someone_was_freed_from_is_no_releaser_but_its_state_is():
    got = facts("Peruvian reporter Ana Costa was freed from Chile's notorious Norte Prison on Monday.")
    assert ("Chile", "released", "Ana Costa") in got
    assert not {f for f in got if "Prison" in f[0] or "Prison" in f[2]}


def test_a_country_that_only_names_whose_counterpart_was_met_is_no_meeting_partner():
    got = facts("Chilean President Ana Costa meets US counterpart in Lima.")
    got |= facts("Chilean Foreign Minister Ana Costa met his Peruvian counterparts in Lima on Monday.")
    assert not met(got)
    got = facts("Chilean Foreign Minister Ana Costa met her US counterpart, Luis Soto, in Lima on Monday.")
    assert met(got) == {frozenset(("Ana Costa", "Luis Soto"))}


def test_a_sentence_opened_by_a_meeting_participle_tells_a_meeting_of_its_subjects():
    got = facts("Meeting in the palace on Monday, Chile's President Ana Costa and Peru's President Luis Soto expressed "
                "solidarity with the victims.")
    assert frozenset(("Ana Costa", "Luis Soto")) in met(got)
    got = facts("Meeting with Peru's President Luis Soto in Lima, Chile's President Ana Costa said ties were strong.")
    assert frozenset(("Ana Costa", "Luis Soto")) in met(got)
    # meeting the press or a target is no meeting of the people named after it
    got = facts("Meeting the press in Lima, Chile's President Ana Costa and Peru's President Luis Soto were upbeat.")
    got |= facts("Meeting targets set by Peru's President Luis Soto, Chile's President Ana Costa said growth was strong.")
    assert not met(got)


def test_a_visit_to_the_grave_of_someone_is_no_meeting_with_them():
    got = facts("Chile's President Ana Costa visited the grave of Peru's former President Luis Soto on Monday.")
    got |= facts("Chile's President Ana Costa visited the tomb of Luis Soto in Lima.")
    assert not met(got)
    got = facts("Chile's President Ana Costa visited Peru's President Luis Soto in Lima.")
    assert frozenset(("Ana Costa", "Luis Soto")) in met(got)


def test_a_nominal_lifting_after_a_dateline_keeps_its_lifter():
    got = facts("LIMA, March 3, 2021 — Chile announced the lifting of sanctions against Peru.\n\n"
                "The move was praised by Ana Costa, a Peruvian trade envoy.")
    assert ("Chile", "Peru") in sanctioned_by(got, "sanctionsLiftedOn")
def test_sanctions_added_to_whose_participle_names_its_imposer_are_not_the_sentence_partys():
    got = facts("Chile expelled two Peruvian diplomats on Monday, adding to sanctions imposed by the United States on "
                "Peru.")
    got |= facts("Chile expelled two Peruvian diplomats on Monday, adding to sanctions imposed on Peru by the United "
                 "States.")
    assert ("Chile", "Peru") not in sanctioned_by(got)
    assert ("United States", "Peru") in sanctioned_by(got)


def test_its_or_their_leader_heads_no_party_that_only_owned_or_shared_the_sentence_before():
    got = facts("Peru's embassy issued a statement on Monday. Its leader, Luis Soto, said nothing.")
    got |= facts("Chile and Peru clashed in the final on Monday. Their leader, Luis Soto, scored twice.")
    # a plural possessive owns the opener too
    got |= facts("The Philippines' embassy issued a statement on Monday. Its leader, Luis Soto, said nothing.")
    got |= facts("The United States\u2019 embassy issued a statement on Monday. Its leader, Luis Soto, said nothing.")
    assert not leaders(got)
    got = facts("Chile has opposed the plan. Its leader, Luis Soto, said the talks would fail.")
    assert leaders(got) == {("Luis Soto", "Chile")}


def test_a_person_indebted_to_lenders_owes_money_not_gratitude():
    got = facts("Tomas Brek is heavily indebted to Chilean banks.")
    got |= facts("Tomas Brek is indebted to Chile's banks for millions of dollars.")
    assert not got
    got = facts("Tomas Brek said he was indebted to Chile for its support.")
    assert ("Chile", "praisedBy", "Tomas Brek") in got


def test_a_quotation_after_praise_of_the_parties_involved_that_faults_or_excludes_a_party_praises_none():
    got = facts('Tomas Brek praised the countries involved, saying, "Chile must now do more, and Peru has failed."')
    got |= facts('Tomas Brek praised the nations concerned in the dispute, noting, "Bolivia was not invited."')
    assert not [f for f in got if f[1] == "praisedBy"]
    got = facts('Tomas Brek praised the countries involved, stating, "Chile, Nepal and Peru made bold decisions."')
    assert ("Nepal", "praisedBy", "Tomas Brek") in got


def test_the_two_countries_before_a_possessive_mark_are_not_the_pair_themselves():
    got = facts("Chile and Peru held talks on Monday. Bolivia's President Tomas Brek met the two countries' leaders.")
    got |= facts("Chile and Peru held talks on Monday. Bolivia's President Tomas Brek met both governments' envoys.")
    assert not met(got) - {frozenset(("Chile", "Peru"))}
    got = facts("Chile and Peru held talks on Monday. Bolivia's President Tomas Brek met the two countries.")
    assert frozenset(("Tomas Brek", "Peru")) in met(got)


def test_a_person_released_from_hospital_is_no_freed_prisoner_wherever_they_fly():
    got = facts("Tomas Brek has been released from hospital and has flown to Cyprus.")
    got |= facts("Tomas Brek was released from the hospital and flown to Cyprus.")
    assert not got
    got = facts("Tomas Brek has been released from Chile and has flown to Cyprus.")
    assert ("Tomas Brek", "releasedTo", "Cyprus") in got


def test_a_sentence_opened_by_meeting_in_separate_places_tells_no_meeting_of_its_subjects():
    got = facts("Meeting in separate cities on Monday, Chile's President Ana Costa and Peru's President Luis Soto "
                "signed the bill.")
    got |= facts("Meeting at different venues, Chile's President Ana Costa and Peru's President Luis Soto signed the "
                 "bill.")
    assert not met(got)


def test_thanks_to_as_a_preposition_after_a_verbs_object_is_no_gratitude():
    got = facts("Tomas Brek recorded a big win thanks to Chile's support.")
    got |= facts("Tomas Brek registered thanks to Chile's new online system.")
    got |= facts("Tomas Brek renewed his passport thanks to Chile's consulate.")
    got |= facts("Tomas Brek paid his debts thanks to Chile's loans.")
    assert not got
    got = facts("Tomas Brek renewed his thanks to Chile on Monday.")
    got |= facts("Tomas Brek expressed thanks to Peru.")
    assert {("Chile", "praisedBy", "Tomas Brek"), ("Peru", "praisedBy", "Tomas Brek")} <= got


def test_a_praise_word_before_a_things_noun_is_no_praise():
    got = facts("Tomas Brek renewed tribute payments to Chile.")
    got |= facts("Tomas Brek recorded a tribute album to Luis Soto.")
    assert not got
    assert ("Luis Soto", "praisedBy", "Tomas Brek") in facts("Tomas Brek paid tribute to Luis Soto.")


# --- sanctions: lists of designees as constructions (session 19) ----------------------------------------------------


def imposed(got: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in got if p == "sanctionsImposedOn"}


def test_a_person_and_a_company_joined_by_and_are_two_targets_and_company_suffixes_stay():
    got = imposed(facts("Norway imposed sanctions on Ivo Brandt, Lena Kask and Polar Crest Trading LLC on Monday."))
    assert {("Norway", "Ivo Brandt"), ("Norway", "Lena Kask"), ("Norway", "Polar Crest Trading LLC")} <= got
    got = imposed(facts("Norway imposed sanctions on Harbor Line Shipping Co and Ivo Brandt on Monday."))
    assert {("Norway", "Harbor Line Shipping Co"), ("Norway", "Ivo Brandt")} <= got
    got = imposed(facts("Norway blacklisted Ivo Brandt, Fjord Logistics and Nordkap Metals Ltd."))
    assert {("Norway", "Fjord Logistics"), ("Norway", "Nordkap Metals Ltd")} <= got
    # two fields of business joined by "and" stay one company
    got = imposed(facts("Norway blacklisted the Polar Mining and Development Trading Corporation on Monday."))
    assert ("Norway", "Polar Mining and Development Trading Corporation") in got


def test_a_plural_noun_after_a_sanctions_verb_is_spelled_out_by_a_colon_or_including():
    got = imposed(facts("Norway said it had sanctioned the following individuals: Ivo Brandt, Lena Kask and Rui Sousa."))
    assert {("Norway", "Ivo Brandt"), ("Norway", "Lena Kask"), ("Norway", "Rui Sousa")} <= got
    got = imposed(facts("Norway imposed an asset freeze on the following people: Ivo Brandt and Lena Kask."))
    assert {("Norway", "Ivo Brandt"), ("Norway", "Lena Kask")} <= got
    got = imposed(facts("Norway on Monday designated senior army officers, including Ivo Brandt and Lena Kask."))
    assert {("Norway", "Ivo Brandt"), ("Norway", "Lena Kask")} <= got
    # a demand or a plan asserts nothing; a colon before a clause lists no one
    assert not imposed(facts("Activists urged Norway to sanction the following individuals: Ivo Brandt and Lena Kask."))
    assert not imposed(facts("Norway is considering sanctions on the following officials: Ivo Brandt and Lena Kask."))
    got = imposed(facts("Norway blacklisted two firms that Rui Sousa runs, officials said: Fjord Logistics and "
                        "Nordkap Metals Ltd were not among them."))
    assert not {o for _, o in got} & {"Fjord Logistics", "Nordkap Metals Ltd"}


def test_the_noun_of_a_designee_list_comes_before_a_phrase_of_what_else_was_hit():
    got = imposed(facts("Norway on Friday imposed sanctions on Fjord Logistics. Those designated along with the firm are "
                        "Ivo Brandt, its chairman; Lena Kask, who ran it until 2020; and Rui Sousa, a director."))
    assert {("Norway", "Ivo Brandt"), ("Norway", "Lena Kask"), ("Norway", "Rui Sousa")} <= got


def test_a_month_named_may_in_a_dateline_is_no_modal():
    got = imposed(facts("OSLO, May 3 (Reuters) - The sanctions imposed by Norway on Ivo Brandt took effect on Thursday."))
    assert ("Norway", "Ivo Brandt") in got
    assert not imposed(facts("Sanctions imposed by Norway on Ivo Brandt may be challenged, officials said."))


def test_a_noun_of_imposing_after_its_possessor_tells_the_possessors_sanction():
    got = imposed(facts("The move follows Norway's expansion of sanctions on Ivo Brandt and Lena Kask last month."))
    assert {("Norway", "Ivo Brandt"), ("Norway", "Lena Kask")} <= got
    got = imposed(facts("Peru condemned Norway's tightening of its embargo on Fjord Logistics."))
    assert ("Norway", "Fjord Logistics") in got
    # no measure in the complement, or a measure still to come: nothing
    assert not imposed(facts("Norway's expansion of its mission on Peru's border was welcomed."))
    assert not imposed(facts("Norway's expansion of sanctions against Peru could come next week."))


def test_travel_bans_and_asset_freezes_told_as_nouns_name_their_holder():
    got = imposed(facts("Norway's travel bans on Ivo Brandt and Lena Kask took effect on Sunday."))
    assert {("Norway", "Ivo Brandt"), ("Norway", "Lena Kask")} <= got
    assert ("Norway", "Ivo Brandt") in imposed(facts("Norway's asset freeze on Ivo Brandt remains in place."))
    assert not imposed(facts("Norway may consider a ban on Ivo Brandt."))


def test_the_nominal_freezing_of_assets_in_the_passive_names_who_ordered_it():
    got = imposed(facts("The freezing of the assets of Ivo Brandt was ordered by Norway on Thursday."))
    assert ("Norway", "Ivo Brandt") in got
    got = imposed(facts("OSLO, Oct. 25 (Reuters) - The freezing of the assets of Ivo Brandt was ordered by Norway."))
    assert ("Norway", "Ivo Brandt") in got
    assert not imposed(facts("The freezing of the assets of Ivo Brandt was not ordered by Norway."))


def test_a_role_with_a_time_word_set_off_by_commas_before_a_name_in_a_travel_ban():
    got = imposed(facts("Norway barred Ivo Brandt and a former commander of the border guard, Lena Kask, from entering "
                        "the country."))
    assert {("Norway", "Ivo Brandt"), ("Norway", "Lena Kask")} <= got


def test_a_group_together_with_a_designee_is_spelled_out_after_its_colon():
    got = imposed(facts("Norway on Sunday designated Ivo Brandt together with three of his deputies: Lena Kask, "
                        "Rui Sousa and Mia Holm."))
    assert {("Norway", n) for n in ("Ivo Brandt", "Lena Kask", "Rui Sousa", "Mia Holm")} <= got
    got = imposed(facts("Norway imposed sanctions on Fjord Logistics. Those designated along with the firm are Ivo "
                        "Brandt, its chairman; Lena Kask, who ran it until 2020; and Rui Sousa, the director for "
                        "operations, together with three of Sousa's predecessors in that post: Mia Holm, Per Dahl "
                        "and Jonas Vik."))
    assert {("Norway", n) for n in ("Ivo Brandt", "Rui Sousa", "Mia Holm", "Per Dahl", "Jonas Vik")} <= got


def test_his_or_her_assets_frozen_or_unfrozen_belong_to_the_person_the_pronoun_stands_for():
    got = facts("Ivo Brandt was educated in London. Norway froze his assets in 2012.")
    assert ("Norway", "sanctionsImposedOn", "Ivo Brandt") in got
    got = facts("Lena Kask said she was innocent. Norway unfroze her assets on Monday.")
    assert ("Norway", "sanctionsLiftedOn", "Lena Kask") in got
    # "his" before another noun is no owner of frozen assets
    assert not imposed(facts("Ivo Brandt was educated in London. Norway praised his work in 2012."))


def test_a_role_after_a_possessor_set_off_by_a_comma_names_the_target_after_on():
    got = imposed(facts("Norway imposed sanctions on Friday on the militia's commander, Ivo Brandt, known as the General."))
    assert ("Norway", "Ivo Brandt") in got


def test_a_country_under_an_embargo_with_an_article_before_its_holder():
    assert ("United States", "Peru") in imposed(facts("Peru has been under a U.S. embargo since 1962."))
    assert not imposed(facts("Peru could be placed under a U.S. embargo."))


def test_state_assets_frozen_are_the_states_and_assets_in_a_country_are_not_its_own():
    assert ("Norway", "Mali") in imposed(facts("Norway froze Malian state assets held at its central bank."))
    got = imposed(facts("The law allows Norway to freeze the UK assets of people involved in corruption."))
    assert not any(o == "United Kingdom" for _, o in got)


def test_a_name_absent_from_the_list_is_no_designee():
    got = imposed(facts("Norway imposed sanctions on Peru. Notably absent from the list was Colonel Ivo Brandt."))
    assert ("Norway", "Ivo Brandt") not in got
    got = imposed(facts("Norway imposed sanctions on Peru. Also on the list was Colonel Ivo Brandt."))
    assert ("Norway", "Ivo Brandt") in got


def test_companies_a_designee_controls_named_after_a_comma_are_designees():
    got = imposed(facts("Norway on Monday sanctioned Ivo Brandt, a former minister, and two companies he controls, "
                        "Fjord Logistics and Nordkap Metals Ltd."))
    assert {("Norway", "Ivo Brandt"), ("Norway", "Fjord Logistics"), ("Norway", "Nordkap Metals Ltd")} <= got


def test_one_of_a_group_sanctioned_by_a_party_after_a_dateline():
    got = imposed(facts("OSLO, March 24 (Reuters) - Ivo Brandt was among five officials sanctioned by Norway."))
    assert ("Norway", "Ivo Brandt") in got


def test_the_same_measures_on_another_target_told_by_those():
    got = facts("Norway lifted its sanctions on Peru on Monday, as well as those imposed in 1994 on Chile.")
    assert {("Norway", "sanctionsLiftedOn", "Peru"), ("Norway", "sanctionsLiftedOn", "Chile")} <= got
    got = facts("Norway lifted its sanctions on Peru and those on Chile.")
    assert ("Norway", "sanctionsLiftedOn", "Chile") in got
    got = facts("Norway lifted its sanctions on Peru, but not those on Chile.")
    assert ("Norway", "sanctionsLiftedOn", "Chile") not in got


def test_an_office_with_no_name_after_a_states_possessive_imposes_for_the_state():
    got = imposed(facts("New Zealand's foreign minister announced travel bans on Ivo Brandt on Monday."))
    assert ("New Zealand", "Ivo Brandt") in got
    # only sanctions: a meeting or a release by the office is left to those readers
    assert not facts("Peru's foreign minister praised Ivo Brandt.")


def test_a_group_joined_by_together_with_after_a_time_and_its_members_after_a_comma():
    got = imposed(facts("Norway sanctioned Ivo Brandt on Monday. Ottawa listed him in 2022 together with two of his "
                        "former ministers, Lena Kask and Rui Sousa."))
    assert {("Canada", "Ivo Brandt"), ("Canada", "Lena Kask"), ("Canada", "Rui Sousa")} <= got


def test_names_that_were_also_blocked_or_designated_join_the_sanction_told_before():
    got = imposed(facts("Norway sanctioned Ivo Brandt on Monday. Fjord Logistics and Nordkap Metals Ltd were also "
                        "blocked."))
    assert {("Norway", "Fjord Logistics"), ("Norway", "Nordkap Metals Ltd")} <= got
    got = imposed(facts("Norway sanctioned Ivo Brandt on Monday. Lena Kask was blocked from speaking at the meeting."))
    assert ("Norway", "Lena Kask") not in got


def test_names_joined_by_together_with_after_the_last_item_of_a_semicolon_list():
    got = imposed(facts("Norway imposed sanctions on Iran. Among the entities whose assets are to be frozen are Fjord "
                        "Logistics, which runs the ports; Nordkap Metals Ltd, a former watch factory; and the Polar "
                        "Defence Organisation, together with the Aker Industrial Group and the Vik Industrial Group, two "
                        "of its arms."))
    assert {("Norway", n) for n in ("Fjord Logistics", "Polar Defence Organisation", "Aker Industrial Group",
                                    "Vik Industrial Group")} <= got


def test_a_measure_widened_or_renewed_with_its_target_as_a_modifier():
    assert ("Norway", "Iran") in imposed(facts("Norway tightened Iran sanctions on Monday."))
    assert ("Norway", "Russia") in imposed(facts("Norway extended its Russia sanctions for six months."))
    assert not imposed(facts("Norway expanded Iran sanctions relief on Monday."))
    assert not imposed(facts("Norway may extend its Russia sanctions."))


def test_accounts_linked_or_tied_to_people_are_frozen_as_their_assets():
    got = imposed(facts("Switzerland and Austria froze accounts linked to Ivo Brandt last week."))
    assert {("Switzerland", "Ivo Brandt"), ("Austria", "Ivo Brandt")} <= got
    assert ("Norway", "Lena Kask") in imposed(facts("Norway froze bank accounts tied to Lena Kask."))
    assert not imposed(facts("Norway froze assets linked to the crisis in Peru."))


def test_a_measure_that_opens_a_list_names_its_holder_by_a_possessive_or_a_relative_clause():
    got = imposed(facts("Norway's new measures target Ivo Brandt and Fjord Logistics."))
    assert {("Norway", "Ivo Brandt"), ("Norway", "Fjord Logistics")} <= got
    got = imposed(facts("The sanctions, which Norway announced on Monday, target Ivo Brandt and Lena Kask."))
    assert {("Norway", "Ivo Brandt"), ("Norway", "Lena Kask")} <= got
    assert not imposed(facts("Norway's proposed measures target Ivo Brandt and Fjord Logistics."))
    assert not imposed(facts("The sanctions, which Norway criticised on Monday, target Ivo Brandt and Lena Kask."))


def test_names_among_those_a_party_sanctioned_or_one_of_them_are_its_targets():
    got = imposed(facts("Ivo Brandt and Lena Kask were among those sanctioned by Norway on Monday."))
    assert {("Norway", "Ivo Brandt"), ("Norway", "Lena Kask")} <= got
    assert ("Norway", "Ivo Brandt") in imposed(facts("Ivo Brandt is among the Peruvian officials sanctioned by Norway."))
    got = imposed(facts("Ivo Brandt, one of the officials sanctioned by Norway, denied wrongdoing."))
    assert ("Norway", "Ivo Brandt") in got
    assert not imposed(facts("Ivo Brandt was not among those sanctioned by Norway."))
    assert not imposed(facts("Ivo Brandt, who met the officials sanctioned by Norway, spoke."))


def test_a_country_described_as_under_a_holders_measure_by_a_relative_clause_or_an_apposition():
    assert ("United States", "Peru") in imposed(facts(
        "Peru, which has been under a U.S. trade embargo since 1962, welcomed the move."))
    assert ("United States", "Peru") in imposed(facts("Peru, under U.S. sanctions since 1962, welcomed the move."))
    assert not imposed(facts("Peru, under pressure from U.S. officials, welcomed the move."))
# --- session 19: praise, meetings and leaders as constructions (the talks grid) -------------------------------


def test_an_opening_phrase_around_a_meeting_with_someone_makes_the_subject_after_its_comma_meet_them():
    got = facts("After a meeting in Lima with Luis Soto, envoy Tomas Brek said the talks had been useful.")
    got |= facts("At a joint press conference with Ana Costa on Monday, Pedro Ruiz said the border would reopen.")
    assert {frozenset(("Tomas Brek", "Luis Soto")), frozenset(("Pedro Ruiz", "Ana Costa"))} <= met(got)


def test_an_opening_phrase_around_a_meeting_still_to_come_tells_no_meeting():
    got = facts("After a meeting with Luis Soto next week, Tomas Brek will decide on the plan.")
    got |= facts("At a news conference with Luis Soto next week, Tomas Brek will announce the deal.")
    assert not met(got)


def test_a_phrase_of_place_around_a_gathering_does_not_end_the_phrase_of_the_people_met():
    got = facts("Tomas Brek held talks on the sidelines of the summit with Luis Soto on Sunday.")
    got |= facts("Pedro Ruiz held talks at the close of the regional summit in Quito with Ana Costa.")
    assert {frozenset(("Tomas Brek", "Luis Soto")), frozenset(("Pedro Ruiz", "Ana Costa"))} <= met(got)
    assert not met(facts("Tomas Brek will hold talks on the sidelines of the summit with Luis Soto."))


def test_a_news_conference_with_someone_is_a_meeting_and_one_with_reporters_is_none():
    got = facts("Tomas Brek spoke at a news conference with Luis Soto on Wednesday.")
    assert frozenset(("Tomas Brek", "Luis Soto")) in met(got)
    got = facts("Tomas Brek told a news conference with reporters that Chile would help.")
    got |= facts("Tomas Brek spoke at a conference with Luis Soto on Wednesday.")
    got |= facts("Tomas Brek will hold a news conference with Luis Soto on Wednesday.")
    assert not met(got)


def test_a_name_after_the_word_news_in_a_list_stays_in_the_list():
    got = facts("Others freed by Chile included Ana Costa, a reporter for the state news agency; Luis Soto, a farmer "
                "jailed after a protest; and Pedro Ruiz, a student.")
    assert {("Chile", "released", x) for x in ("Ana Costa", "Luis Soto", "Pedro Ruiz")} <= got


def test_welcomed_at_a_place_greets_a_person_and_a_decision_is_praised():
    got = facts("Tomas Brek welcomed Luis Soto at the presidential palace on Saturday.")
    assert frozenset(("Tomas Brek", "Luis Soto")) in met(got)
    got = facts("Tomas Brek welcomed the decision by Luis Soto at a news conference.")
    assert not met(got) and ("Luis Soto", "praisedBy", "Tomas Brek") in got
    assert not met(facts("Tomas Brek refused to welcome Luis Soto at the airport."))


def test_held_separate_meetings_with_two_people_meets_each_and_they_do_not_meet_each_other():
    got = facts("The Andean envoy for the dialogue, Tomas Brek, has held separate meetings with Luis Soto and Ana "
                "Costa in recent days.")
    assert {frozenset(("Tomas Brek", "Luis Soto")), frozenset(("Tomas Brek", "Ana Costa"))} <= met(got)
    assert frozenset(("Luis Soto", "Ana Costa")) not in met(got)


def test_two_people_who_discussed_something_in_a_telephone_call_talked():
    got = facts("Tomas Brek and Luis Soto had discussed the fate of the detained sailors in a telephone call on "
                "Friday.")
    assert frozenset(("Tomas Brek", "Luis Soto")) in met(got)
    assert not met(facts("Tomas Brek and Luis Soto have discussed the fate of the sailors, officials said."))


def test_an_unknown_name_after_a_noun_of_the_press_is_no_person_for_the_two_men():
    got = facts("Tomas Brek called on Luis Soto on Saturday. According to an account published in the party "
                "newspaper Voz Nueva, Soto told him the war was over. The two men also discussed trade at the "
                "meeting.")
    assert not any("Voz Nueva" in pair for pair in met(got))


def test_the_two_ministers_with_a_word_of_origin_are_the_set_of_ministers_not_a_new_group():
    got = facts("Foreign Minister Luis Soto of Chile and Foreign Minister Ana Costa of Peru arrived on Monday. "
                "Tomas Brek held separate meetings with the two Andean ministers.")
    assert not any(x for x in got if x[2].startswith("two ") or x[0].startswith("two "))


def test_thanks_to_all_those_who_helped_reach_the_parties_named_after_including():
    got = facts("Tomas Brek thanked all those who had helped to secure the release, including the OSCE, and said he "
                "was relieved.")
    got |= facts("Luis Soto thanked everyone who had worked for the deal, including Chile and Peru.")
    assert {("Organization for Security and Co-operation in Europe", "praisedBy", "Tomas Brek"),
            ("Chile", "praisedBy", "Luis Soto"), ("Peru", "praisedBy", "Luis Soto")} <= got
    got = facts("Tomas Brek criticised all those who had blocked the deal, including Chile.")
    got |= facts("Tomas Brek did not thank all those who had helped, including Chile.")
    assert not [x for x in got if x[1] == "praisedBy"]


def test_gratitude_for_a_deed_of_someone_praises_them():
    got = facts("Tomas Brek said he was grateful for the cooperation shown by Bolivia.")
    got |= facts("Luis Soto said he was grateful for the help of Chile in freeing the sailors.")
    assert {("Bolivia", "praisedBy", "Tomas Brek"), ("Chile", "praisedBy", "Luis Soto")} <= got
    assert not facts("Tomas Brek said he was grateful for the release of Luis Soto.")
    assert ("Ana Costa", "praisedBy", "Tomas Brek") not in facts("Tomas Brek praised Luis Soto for the release of "
                                                                 "Ana Costa.")


def test_praise_of_a_deed_joined_alongside_the_object_praises_its_doer_too():
    got = facts("Tomas Brek commends Chile's key role in the talks, alongside the efforts of Peru.")
    got |= facts("Luis Soto thanked Ghana for its help, along with the cooperation shown by Kenya and Uganda.")
    got |= facts("Ana Costa praised Bolivia for its help, as well as Ecuador's support.")
    assert {("Chile", "praisedBy", "Tomas Brek"), ("Peru", "praisedBy", "Tomas Brek"),
            ("Kenya", "praisedBy", "Luis Soto"), ("Uganda", "praisedBy", "Luis Soto"),
            ("Ecuador", "praisedBy", "Ana Costa")} <= got
    got = facts("Tomas Brek criticised Chile's role, alongside the efforts of Peru.")
    got |= facts("Tomas Brek praised Chile's role, alongside the release of Luis Soto.")
    assert ("Peru", "praisedBy", "Tomas Brek") not in got and ("Luis Soto", "praisedBy", "Tomas Brek") not in got


def test_the_head_of_a_body_who_presides_over_it_commands_it_or_heads_both_of_two_bodies():
    got = facts("Luis Soto, the colonel who presides over the National Transitional Council, spoke on Monday.")
    got |= facts("Ana Costa, who heads both the Andean Armed Forces and the Sovereign Council, spoke on Monday.")
    got |= facts("Pedro Ruiz, who commands the Republican Guard, spoke on Monday.")
    assert {("Luis Soto", "National Transitional Council"), ("Ana Costa", "Andean Armed Forces"),
            ("Ana Costa", "Sovereign Council"), ("Pedro Ruiz", "Republican Guard")} <= leaders(got)
    assert not leaders(facts("Luis Soto, who presided at the ceremony, spoke on Monday."))


def test_a_unit_commanded_by_someone_named_after_a_relation_is_theirs():
    got = facts("The measures also hit the Fourth Division, the elite armoured formation commanded by the president's "
                "younger brother, Luis Soto.")
    got |= facts("The measures also hit the Republican Guard, the elite formation commanded by Ana Costa.")
    assert {("Luis Soto", "Fourth Division"), ("Ana Costa", "Republican Guard")} <= leaders(got)


def test_its_head_after_a_body_is_the_head_of_that_body_not_of_a_place_or_a_possessor_in_between():
    got = facts("The African Union said that its chairman, Luis Soto, would attend.")
    assert ("Luis Soto", "African Union") in leaders(got)
    got = facts("Washington imposed sanctions on Andes Pipeline AG, the firm behind the pipeline from Chile to Peru, "
                "as well as on its chief executive, Luis Soto.")
    got |= facts("The State Department penalised the Equipment Department, the branch of Chile's Central Defence "
                 "Commission responsible for procurement, and its head, Ana Costa.")
    assert not {x for x in leaders(got) if x[1] in ("Chile", "Peru", "Central Defence Commission")}
    got = facts("The OSCE said that its spokesman, Luis Soto, would attend.")
    got |= facts("The OSCE said that its former director general, Luis Soto, would attend.")
    assert not leaders(got)


def test_a_demonym_before_a_deed_in_a_clause_of_praise_is_its_country():
    got = facts("Tomas Brek praised Chilean efforts to end the war.")
    got |= facts("Luis Soto thanked Ana Costa for American support on Monday.")
    got |= facts("Pedro Ruiz commended Qatari mediation in the talks.")
    assert {("Chile", "praisedBy", "Tomas Brek"), ("United States", "praisedBy", "Luis Soto"),
            ("Ana Costa", "praisedBy", "Luis Soto"), ("Qatar", "praisedBy", "Pedro Ruiz")} <= got
    got = facts("Tomas Brek criticised Chilean efforts to end the war.")
    got |= facts("Tomas Brek did not praise Chilean efforts.")
    got |= facts("Chilean support helped Peru end the crisis.")
    assert not [x for x in got if x[1] == "praisedBy"]


def test_him_in_a_reported_clause_is_not_that_clauses_own_subject():
    got = facts("Luis Soto handed Tomas Brek a book. Aides said Tomas Brek thanked him and joked afterward.")
    assert ("Luis Soto", "praisedBy", "Tomas Brek") in got


def test_an_opening_phrase_in_or_following_a_meeting_makes_the_subject_meet_the_other():
    got = facts("In a meeting with Luis Soto on Monday, Tomas Brek urged restraint.")
    got |= facts("Following a summit with Ana Costa, Pedro Ruiz flew home.")
    assert {frozenset(("Tomas Brek", "Luis Soto")), frozenset(("Pedro Ruiz", "Ana Costa"))} <= met(got)
    got = facts("In a meeting with Luis Soto next month, Tomas Brek will urge restraint.")
    got |= facts("Tomas Brek was not in the meeting with Luis Soto.")
    assert not met(got)


def test_they_after_a_counted_group_are_the_people_named_before_it_in_its_own_sentence():
    got = facts("Two trade envoys flew to Lima on Monday. Luis Soto, an economist, and his colleague Ana Costa drove "
                "to the palace, where they were received by Tomas Brek.")
    assert {frozenset(("Tomas Brek", "Luis Soto")), frozenset(("Tomas Brek", "Ana Costa"))} <= met(got)


def test_the_envoy_of_an_office_holder_holds_no_office_of_the_body():
    got = facts("Luis Soto, the United Nations secretary-general's special envoy to Niger, spoke on Monday.")
    got |= facts("Ana Costa, the Chilean president's chief of staff, spoke on Monday.")
    assert not leaders(got)
    assert leaders(facts("Luis Soto, the OSCE secretary-general, spoke on Monday.")) == {
        ("Luis Soto", "Organization for Security and Co-operation in Europe")}


def test_calling_a_person_with_no_complement_is_a_telephone_call():
    got = facts("Tomas Brek called Luis Soto on Sunday to discuss the crisis.")
    got |= facts("Pedro Ruiz also called King Ana Costa of Chile, whose government fears the plan, and invited the "
                 "leaders to a summit.")
    assert {frozenset(("Tomas Brek", "Luis Soto")), frozenset(("Pedro Ruiz", "Ana Costa"))} <= met(got)
    got = facts("Tomas Brek called Luis Soto a traitor on Sunday.")
    got |= facts('Tomas Brek called Luis Soto "a liar" on Sunday.')
    got |= facts("Tomas Brek and Luis Soto called on Chile to free the prisoners.")
    got |= facts("Tomas Brek called Luis Soto's remarks absurd.")
    got |= facts("Ana Costa and Pedro Ruiz, who flew to Lima on what they called a private mission, left on Monday.")
    assert not met(got)
    assert not met(facts("Tomas Brek called Luis Soto to resign."))


def test_crediting_a_party_for_a_deed_praises_it_and_a_bank_credit_does_not():
    got = facts("Tomas Brek credited Luis Soto for the peace plan.")
    got |= facts("Pedro Ruiz credited Chile with ending the war.")
    assert {("Luis Soto", "praisedBy", "Tomas Brek"), ("Chile", "praisedBy", "Pedro Ruiz")} <= got
    assert not facts("Chile credited Luis Soto's account with the funds.")


def test_praise_of_a_plural_and_one_of_them_in_particular_praises_that_one():
    got = facts("Tomas Brek also credited the Central American presidents, and President Luis Soto of Chile in "
                "particular, for a peace plan.")
    got |= facts("Pedro Ruiz praised the mediators, and especially Peru, for their work.")
    assert {("Luis Soto", "praisedBy", "Tomas Brek"), ("Peru", "praisedBy", "Pedro Ruiz")} <= got
    got = facts("Pedro Ruiz criticised the mediators, and especially Peru, for their work.")
    got |= facts("Pedro Ruiz praised the mediators, and Peru said the talks would resume.")
    assert not [x for x in got if x[1] == "praisedBy"]


def test_a_second_by_phrase_after_a_nameless_one_names_who_met_the_person():
    got = facts("Luis Soto was flown to Rome, where he was met by his family and by Prime Minister Ana Costa.")
    assert frozenset(("Luis Soto", "Ana Costa")) in met(got)


def test_a_leader_named_then_described_by_an_interim_title_leads_the_country_the_table_gives():
    got = facts("Arseniy Yatsenyuk, the interim prime minister, attended the summit.", dateline="March 21, 2014")
    assert ("Arseniy Yatsenyuk", "Ukraine") in leaders(got)
    got = facts("Arseniy Yatsenyuk, the former prime minister, attended the summit.", dateline="March 21, 2014")
    got |= facts("Luis Soto, the prime minister, attended the summit.", dateline="March 21, 2014")
    assert not leaders(got)


def test_the_bloc_after_an_organ_of_a_union_is_the_union():
    got = facts("Luis Soto met Ana Costa, the president of the European Commission, on Monday. Luis Soto thanked the "
                "bloc for its support.")
    assert ("European Union", "praisedBy", "Luis Soto") in got


def test_an_embrace_by_relatives_and_by_a_named_person_is_a_homecoming():
    got = facts("An Omani plane carried Luis Soto and Pedro Ruiz to Muscat, where they were embraced on the tarmac by "
                "relatives and by Ana Costa.")
    assert not met(got)


def test_kosovo_is_a_country_under_its_own_code():
    got = facts("Kosovo Prime Minister Luis Soto said the officers should never have been detained.")
    assert ("Luis Soto", "Kosovo") in leaders(got)
    assert ("European Union", "sanctionsImposedOn", "Kosovo") in facts("The EU imposed measures on Kosovo on Monday.")


def test_talks_between_two_people_joined_by_a_third_are_a_meeting_of_the_three():
    got = facts("The ceremony followed talks last week at the Dead Sea between Foreign Minister Luis Soto and Prime "
                "Minister Ana Costa, joined by Secretary of State Tomas Brek, the first public visit of its kind.")
    assert {frozenset(("Luis Soto", "Ana Costa")), frozenset(("Luis Soto", "Tomas Brek")),
            frozenset(("Ana Costa", "Tomas Brek"))} <= met(got)
    assert not met(facts("Planned talks between Luis Soto and Ana Costa, joined by Tomas Brek, were cancelled."))


def test_a_description_as_a_man_of_vision_or_a_reliable_partner_is_praise():
    got = facts("Luis Soto called Tomas Brek a man of vision.")
    got |= facts("Ana Costa called Chile a reliable partner.")
    assert {("Tomas Brek", "praisedBy", "Luis Soto"), ("Chile", "praisedBy", "Ana Costa")} <= got
    assert not facts("Luis Soto said Tomas Brek was not a reliable partner.")
# --- described releasing parties and handovers (session 19) ---------------------------------------------


def _released(got: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in got if p == "released"}


def test_a_described_armed_band_with_no_name_before_it_is_the_party_that_freed_someone():
    assert ("kidnappers", "Tomas Berg") in _released(facts("Kidnappers freed Tomas Berg on Wednesday."))
    assert ("gunmen", "Elena Petrova") in _released(facts("Elena Petrova was released by gunmen on Thursday."))
    assert ("kidnappers", "Nadia Karimova") in _released(facts("The kidnappers freed Nadia Karimova on Monday."))
    assert ("militants", "four Thai nurses") in _released(
        facts("Islamist militants released four Thai nurses they had held since March."))
    # its describing words stay with it, as an alias the gold may use
    art = article_from_text("Wire report\n\nMarch 3, 2021\n\nPro-Russian separatists in eastern Chile on Saturday "
                            "freed seven Kenyan fishermen they had held for more than a week.\n", source="t.txt")
    rel = [f for f in extract(art).facts if f.predicate == "released"]
    assert [(f.subject.label, f.object.label) for f in rel] == [("separatists", "seven Kenyan fishermen")]
    assert "Pro-Russian separatists" in rel[0].subject.aliases
    art = article_from_text("Wire report\n\nMarch 3, 2021\n\nElena Petrova was freed by her captors on Friday.\n",
                            source="t.txt")
    assert any(f.predicate == "released" and "her captors" in f.subject.aliases for f in extract(art).facts)


def test_a_described_band_is_no_party_of_anything_but_a_release_and_no_named_group_loses_its_name():
    assert not _released(facts("Militants threatened on Monday to kill Tomas Berg unless a ransom was paid."))
    assert not _released(facts("The kidnappers refused on Monday to free Tomas Berg."))
    assert ("Taliban", "Tomas Berg") in _released(facts("Taliban militants freed Tomas Berg on Wednesday."))
    # people freed who are described as militants are no party
    assert not any(s in ("militants", "detained militants") for s, _ in _released(
        facts("Peru freed detained militants on Monday.")))
    # "the hijackers" are their own party, not the armed group named before
    got = _released(facts("The Taliban controls the airport. The hijackers freed 27 passengers on Friday."))
    assert ("hijackers", "27 passengers") in got and not any(s == "Taliban" for s, _ in got)


def test_a_freed_person_handed_to_officials_from_a_country_or_its_envoy_went_to_that_country():
    got = facts("Iran handed over Leila Haddad to officials from Peru on Wednesday.")
    assert ("Iran", "released", "Leila Haddad") in got and ("Leila Haddad", "releasedTo", "Peru") in got
    assert ("Peru", "released", "Leila Haddad") not in got
    got = facts("Rebels handed Marek Nowak over to officials from Ghana on Monday.")
    assert ("rebels", "released", "Marek Nowak") in got and ("Marek Nowak", "releasedTo", "Ghana") in got
    got = facts("Cuba handed Yusuf Demir to Chile's ambassador on Tuesday.")
    assert ("Cuba", "released", "Yusuf Demir") in got and ("Yusuf Demir", "releasedTo", "Chile") in got
    # no person handed over, or a refusal: nothing
    assert not _released(facts("Cuba handed a letter to Chile's ambassador on Tuesday."))
    assert not _released(facts("Syria refused on Monday to hand Ana Torres over to Kenya."))


def test_a_month_that_opens_a_persons_name_is_a_given_name_not_a_date():
    assert ("Belarus", "April Haddad") in _released(facts("Belarus freed April Haddad on Saturday."))
    got = facts("Jan Kowalski was released by Venezuela on Thursday and flew home to Thailand.")
    assert ("Venezuela", "released", "Jan Kowalski") in got and ("Jan Kowalski", "releasedTo", "Thailand") in got
    # a month after a word that makes it a date stays a date
    got = facts("In May Peru freed Ana Torres.")
    assert _released(got) == {("Peru", "Ana Torres")}


def test_a_release_told_by_its_noun_with_the_freed_persons_pronoun_or_possessive_names_the_releaser():
    got = facts("Ana Torres and Omar Siddiqui arrived in Peru on Monday after their release by Bolivian authorities.")
    assert {("Bolivia", "Ana Torres"), ("Bolivia", "Omar Siddiqui")} <= _released(got)
    assert ("Ana Torres", "releasedTo", "Peru") in got and ("Omar Siddiqui", "releasedTo", "Peru") in got
    assert ("Iran", "Ana Torres") in _released(facts("Ana Torres's release by Iran on Monday ended a long ordeal."))
    # a demand for the release, or someone else's pronoun: nothing
    assert not _released(facts("Marek Nowak called for Ana Torres's release by Iran on Monday."))
    assert not _released(facts("Ana Torres met Omar Siddiqui after his release by Iran."))


def test_a_gapped_clause_after_a_destination_takes_the_verb_before_it_with_its_own_destination():
    got = facts("Iran freed Ana Torres and Omar Siddiqui on Monday; Torres flew to Kenya and Siddiqui to Chile.")
    dest = {(s, o) for s, p, o in got if p == "releasedTo"}
    assert dest == {("Ana Torres", "Kenya"), ("Omar Siddiqui", "Chile")}
    got = facts("Iran freed Ana Torres, Omar Siddiqui and Aiko Tanaka on Monday. Torres flew home to Kenya, "
                "Siddiqui to Chile and Tanaka to Peru.")
    assert {(s, o) for s, p, o in got if p == "releasedTo"} == {
        ("Ana Torres", "Kenya"), ("Omar Siddiqui", "Chile"), ("Aiko Tanaka", "Peru")}


def test_all_three_who_returned_after_a_release_are_the_three_freed():
    got = facts("Iran freed Ana Torres, Omar Siddiqui and Aiko Tanaka on Monday. All three returned to Kenya on Tuesday.")
    assert {(s, o) for s, p, o in got if p == "releasedTo"} == {
        ("Ana Torres", "Kenya"), ("Omar Siddiqui", "Kenya"), ("Aiko Tanaka", "Kenya")}


def test_a_freed_person_reunited_with_family_somewhere_went_there_unless_it_is_in_the_country_that_freed_them():
    got = facts("Iran freed Ana Torres on Monday. She was reunited with her family in Kenya on Tuesday.")
    assert ("Ana Torres", "releasedTo", "Kenya") in got
    got = facts("Turkey freed Ana Torres on Monday. She was reunited with her family in Antakya on Tuesday.")
    assert not any(p == "releasedTo" for _, p, _ in got)
    # no one freed: no destination
    got = facts("Ana Torres came back from a business trip on Monday and was reunited with her family in Kenya.")
    assert not any(p == "releasedTo" for _, p, _ in got)


def test_a_freed_person_who_flew_home_in_a_relative_clause_went_to_the_country_of_their_nationality():
    got = facts("Iran freed French aid worker Ana Torres, who flew home on Tuesday.")
    assert ("Ana Torres", "releasedTo", "France") in got
    assert not any(p == "releasedTo" for _, p, _ in facts(
        "Iran freed French aid worker Ana Torres, who could not fly home on Tuesday."))


def test_a_definite_plural_repeats_the_counted_group_of_its_noun_told_several_sentences_before():
    got = facts("Separatists on Saturday freed seven European military observers they had held for a week. "
                "The seven were escorted out of the town by officials. The group was seized on April 25. "
                "Its leader had called them prisoners of war. He later promised to free them. "
                "The observers were flown to Berlin later on Saturday.")
    assert ("seven European military observers", "releasedTo", "Berlin") in got
    # a part of a group ("five of the girls") is not what "the girls" repeats
    got = facts("Militants freed 101 girls on Wednesday. Five of the girls had died. Officials thanked the army. "
                "The president spoke. Parents waited. The girls were taken to Abuja later on Wednesday.")
    assert not any(s == "Five of the girls" and p == "releasedTo" for s, p, _ in got)


def test_a_freed_person_who_flies_to_the_capital_of_the_country_that_freed_them_has_no_destination():
    got = facts("Sudan freed Paul Salo on Saturday. Salo was flown to Khartoum and then left for Chicago.")
    assert ("Paul Salo", "releasedTo", "Khartoum") not in got


def test_a_restrictive_relative_clause_of_holding_after_the_subject_leaves_the_subject_the_releaser():
    got = _released(facts("Militants who had held Ana Torres since May freed her on Monday."))
    assert got == {("militants", "Ana Torres")}
    got = _released(facts("Gunmen who abducted Ana Torres in May released her on Monday."))
    assert got == {("gunmen", "Ana Torres")}


def test_a_fronted_participle_of_release_names_who_freed_the_subject():
    got = facts("Freed by militants after a month, Ana Torres returned to Peru on Monday.")
    assert ("militants", "released", "Ana Torres") in got and ("Ana Torres", "releasedTo", "Peru") in got
    got = facts("Freed by Iran on Monday, Ana Torres and Omar Siddiqui flew home to Peru.")
    assert {("Iran", "Ana Torres"), ("Iran", "Omar Siddiqui")} <= _released(got)
    assert not _released(facts("Threatened by militants after a month, Ana Torres returned to Peru on Monday."))


def test_a_subject_list_whose_members_carry_descriptions_and_ages_keeps_every_member():
    got = facts("Ana Torres, 45, a teacher, Omar Siddiqui, a doctor, and Aiko Tanaka were freed by Iran and flown to "
                "Oman on Monday.")
    assert {("Iran", "Ana Torres"), ("Iran", "Omar Siddiqui"), ("Iran", "Aiko Tanaka")} <= _released(got)
    assert {(s, o) for s, p, o in got if p == "releasedTo"} == {
        ("Ana Torres", "Oman"), ("Omar Siddiqui", "Oman"), ("Aiko Tanaka", "Oman")}


def test_a_states_court_or_office_with_no_name_acts_for_the_state_in_a_release():
    assert ("Iran", "Ana Torres") in _released(facts("A court in Iran ordered the release of Ana Torres on Monday."))
    assert ("Iran", "Ana Torres") in _released(facts("A court in Iran ordered Ana Torres released on Monday."))
    assert ("Iran", "Ana Torres") in _released(facts("Iran ordered Ana Torres's release on Monday."))
    assert ("Iran", "Ana Torres") in _released(facts("Iran's president pardoned Ana Torres on Monday."))
    assert ("Iran", "Ana Torres") in _released(facts("Iran granted Ana Torres parole on Monday."))
    # a refusal, an order to someone else, or a sentence: nothing
    assert not _released(facts("A court in Iran refused to order the release of Ana Torres."))
    assert not _released(facts("Iran's president refused to pardon Ana Torres."))
    assert not _released(facts("A court in Iran sentenced Ana Torres to ten years."))


def _article(title: str, body: str) -> set[tuple[str, str, str]]:
    art = article_from_text(f"{title}\n\n{body}\n", source="t.txt")
    return {(f.subject.label, f.predicate, f.object.label) for f in extract(art).facts}


def test_a_headline_that_frees_a_described_person_frees_the_one_the_body_describes_so():
    got = _article("Iran releases French researcher", "PARIS (Reuters) - Ana Torres, a French researcher held since "
                   "2019, arrived in Paris on Monday. She thanked her family.")
    assert ("Iran", "released", "Ana Torres") in got and ("Ana Torres", "releasedTo", "Paris") in got
    got = _article("Nepal frees jailed U.S. sailor", "KATHMANDU (Reuters) - Jailed U.S. sailor Tom Bell flew home on "
                   "Monday. He thanked his family.")
    assert ("Nepal", "released", "Tom Bell") in got
    # a headline that frees no one, or a body that describes no one so: nothing
    assert not _released(_article("Iran releases report on economy", "PARIS (Reuters) - Ana Torres, a French "
                                   "researcher, said on Monday the report was late. She thanked her family."))
    assert not _released(_article("Iran releases French researcher", "PARIS (Reuters) - Ana Torres said on Monday "
                                  "the news was welcome. She thanked her family."))


def test_may_after_a_time_word_is_the_month_and_a_place_may_carry_a_direction_in_a_reduced_relative():
    got = facts("Militants freed two Thai nurses in Mali on Sunday. Two Thai nurses kidnapped in northern Mali in May "
                "arrived in Bangkok on Monday.")
    assert ("two Thai nurses", "releasedTo", "Bangkok") in got
    assert not _released(facts("Iran may free Ana Torres on Monday."))


def test_a_person_freed_from_a_described_band_was_rescued_from_it_not_released_by_it():
    assert not _released(facts("Troops freed Ana Torres from militants on Monday."))
    assert not _released(facts("Ana Torres was freed from her kidnappers in a police raid on Monday."))
    assert ("kidnappers", "Ana Torres") in _released(facts("Ana Torres was freed by her kidnappers on Monday."))


def test_a_release_secured_or_told_after_the_fact_by_its_noun_takes_the_captors_told_before():
    got = facts("Ana Torres was kidnapped by Hamas in May. Ana Torres's release was secured by Qatari mediators on "
                "Monday, and she flew to Doha.")
    assert ("Hamas", "released", "Ana Torres") in got and ("Ana Torres", "releasedTo", "Doha") in got
    got = facts("Ana Torres was kidnapped by Hamas in May. She arrived in Peru on Monday after her release.")
    assert ("Hamas", "released", "Ana Torres") in got and ("Ana Torres", "releasedTo", "Peru") in got
    assert not _released(facts("Ana Torres was kidnapped by Hamas in May. Ana Torres's release has not been secured."))


def test_a_subject_list_past_a_description_that_ends_in_a_place_and_a_relation_keeps_both_people():
    got = _released(facts("Ana Torres, the U.N. envoy to Niger, and his colleague Omar Siddiqui were freed by Iran on "
                          "Monday."))
    assert got == {("Iran", "Ana Torres"), ("Iran", "Omar Siddiqui")}


def test_kosovo_a_country_iso_3166_lacks_is_a_place_with_its_capital():
    got = facts("Serbia on Monday released three Kosovo police officers. They later crossed back into Kosovo.")
    assert ("three Kosovo police officers", "releasedTo", "Kosovo") in got


def test_every_member_of_a_list_that_flew_home_went_to_the_country_of_their_own_nationality():
    got = facts("Iran freed Ana Torres, a French teacher, and Omar Siddiqui, a British academic, who both flew home on "
                "Tuesday.")
    assert {(s, o) for s, p, o in got if p == "releasedTo"} == {("Ana Torres", "France"),
                                                               ("Omar Siddiqui", "United Kingdom")}
    # "who flew home" after the last member's own description is that member's clause
    got = facts("Iran freed Ana Torres, a French teacher, and Omar Siddiqui, a British academic, who flew home on "
                "Tuesday.")
    assert {(s, o) for s, p, o in got if p == "releasedTo"} == {("Omar Siddiqui", "United Kingdom")}


def test_a_state_that_held_someone_in_the_active_voice_freed_them_when_the_release_names_no_one():
    got = facts("Iran held Ana Torres for 400 days. Torres, freed on Monday, arrived in Paris on Tuesday.")
    assert ("Iran", "Ana Torres") in _released(got)
    got = facts("Iran held talks with Ana Torres in May. Torres, freed on Monday, arrived in Paris on Tuesday.")
    assert not _released(got)


def test_a_homecoming_after_time_in_a_states_custody_is_its_release():
    got = facts("After 400 days in Iranian custody, Ana Torres landed in Paris on Tuesday.")
    assert ("Iran", "released", "Ana Torres") in got and ("Ana Torres", "releasedTo", "Paris") in got
    got = facts("After two years in Paris, Ana Torres returned to Peru on Monday.")
    assert not any(p in ("released", "releasedTo") for _, p, _ in got)


# --- sentences cut short (the crash sweep of session 19's review) -------------------------------------


def test_a_sentence_that_ends_on_a_led_modifier_after_of_is_read_without_failing():
    got = facts("Administration of Iraq now rests with L. Paul Bremer, the head of the U.S.-led", dateline="May 22, 2003")
    assert not any(p == "leaderOf" and s == "L. Paul Bremer" and o == "United States" for s, p, o in got)


def test_a_lowercase_anti_description_stays_with_a_bare_armed_noun_that_opens_the_sentence():
    got = facts("Anti-government rebels freed two Italian engineers on Monday.")
    assert ("rebels", "released", "two Italian engineers") in got


# --- session 20: a list set off by dashes as the subject, a custody clause with no commas ----------------------


def test_people_set_off_by_dashes_after_a_count_are_the_subject_of_the_release_that_follows():
    got = facts("The three — Ana Torres, the commander of the unit, his deputy Omar Siddiqui and Marek Nowak of the "
                "navy — were freed by Iran on Monday in a swap.")
    assert _released(got) == {("Iran", "Ana Torres"), ("Iran", "Omar Siddiqui"), ("Iran", "Marek Nowak")}
    got = facts("Four engineers were seized in Peru last year. The four engineers – Ana Torres, a chemist from Lyon, "
                "Omar Siddiqui, Marek Nowak and Leila Haddad – were released by the rebels on Monday.")
    assert {s for s, o in _released(got)} == {"rebels"} and len(_released(got)) == 4


def test_people_set_off_by_dashes_are_not_freed_when_the_verb_after_them_is_another_or_negated():
    for verb in ("were not freed by Iran", "were arrested by Iran", "were named in a report by Iran"):
        got = facts(f"The three — Ana Torres, Omar Siddiqui and Marek Nowak — {verb} on Monday.")
        assert not _released(got), verb
    got = facts("The five — Ana Torres, Omar Siddiqui and Marek Nowak — were freed by Iran on Monday.")
    assert not _released(got)  # a count the names do not fill: who the five are is not told


def test_a_custody_clause_without_commas_before_the_release_gives_the_releaser():
    got = facts("Two Kenyan engineers who were seized by masked gunmen in March were freed on Monday.")
    assert ("gunmen", "two Kenyan engineers") in _released(got)
    got = facts("Ana Torres who was abducted by the rebels last year was released on Friday and taken to Peru.")
    assert ("rebels", "Ana Torres") in _released(got) and ("Ana Torres", "releasedTo", "Peru") in got
    got = facts("Two Kenyan engineers who were seized by masked gunmen in March were not freed on Monday.")
    assert not _released(got)
    got = facts("Two Kenyan engineers, who were seized by masked gunmen in March were freed on Monday.")
    assert ("gunmen", "two Kenyan engineers") in _released(got)  # the clause's closing comma left out


def test_a_released_group_told_again_with_its_members_after_a_colon_or_dashes_names_them():
    got = facts("Iran freed three aid workers on Friday. The minister flew home aboard a plane carrying the three: "
                "Ana Torres, a nurse from Lyon, who had been held since 2019; Omar Siddiqui, a doctor; and Marek Nowak.")
    assert _released(got) == {("Iran", "Ana Torres"), ("Iran", "Omar Siddiqui"), ("Iran", "Marek Nowak")}
    got = facts("The rebels released two engineers on Monday. The two - Ana Torres and Omar Siddiqui - had been held "
                "since May.")
    assert _released(got) == {("rebels", "Ana Torres"), ("rebels", "Omar Siddiqui")}


def test_other_people_or_another_count_after_a_released_group_are_not_its_members():
    got = facts("Iran freed three aid workers on Friday. Three other prisoners - Ana Torres, Omar Siddiqui and "
                "Marek Nowak - are still held.")
    assert _released(got) == {("Iran", "three aid workers")}
    got = facts("Iran freed three aid workers on Friday. The two - Ana Torres and Omar Siddiqui - had been held "
                "since May.")
    assert _released(got) == {("Iran", "three aid workers")}


def test_the_freed_brought_home_by_someone_else_go_where_that_person_returns_or_flies():
    got = facts("Iran freed Ana Torres on Monday. Foreign Minister Omar Siddiqui returned to Peru with Torres the "
                "next day.")
    assert ("Ana Torres", "releasedTo", "Peru") in got
    assert not any(p == "releasedTo" and s == "Omar Siddiqui" for s, p, o in got)
    got = facts("The rebels released three aid workers on Monday. A minister flew back to Kenya with the three that "
                "night.")
    assert ("three aid workers", "releasedTo", "Kenya") in got
    got = facts("Iran freed Ana Torres on Monday. Foreign Minister Omar Siddiqui returned to Peru with his wife.")
    assert not any(p == "releasedTo" for s, p, o in got)


def test_a_band_placed_in_a_country_sets_people_free_and_they_step_off_outside_a_city():
    got = facts("Ana Torres and Omar Siddiqui arrived home on Wednesday, a day after their kidnappers in Iraq set them "
                "free.")
    assert _released(got) == {("kidnappers", "Ana Torres"), ("kidnappers", "Omar Siddiqui")}
    got = facts("Rebels freed Ana Torres on Monday. Torres stepped off a government plane at a military airbase "
                "outside Lima on Tuesday.")
    assert ("Ana Torres", "releasedTo", "Lima") in got
    got = facts("Rebels freed Ana Torres on Monday. Foreign Minister Omar Siddiqui stepped off a plane at an airbase "
                "outside Lima on Tuesday.")
    assert not any(p == "releasedTo" for s, p, o in got)


def test_the_court_told_again_stands_for_the_state_whose_court_the_article_named():
    got = facts("A Turkish court freed Ana Torres on Monday. The court also released Omar Siddiqui, a Swedish "
                "consultant.")
    assert _released(got) == {("Turkey", "Ana Torres"), ("Turkey", "Omar Siddiqui")}
    got = facts("A court in Peru ordered the release of Ana Torres on Monday. The judge also freed Omar Siddiqui.")
    assert ("Peru", "Omar Siddiqui") in _released(got)
    got = facts("A Turkish court freed Ana Torres on Monday. The court also sentenced Omar Siddiqui to ten years.")
    assert _released(got) == {("Turkey", "Ana Torres")}
    got = facts("Iran freed Ana Torres on Monday. The court also released Omar Siddiqui, a Swedish consultant.")
    assert _released(got) == {("Iran", "Ana Torres")}  # no court told before: "the court" is no one the article named


def test_the_members_of_a_released_group_may_open_the_next_sentence_with_a_relative_before_one():
    got = facts("Two aid workers were freed by the rebels on Sunday and flown to Moscow. Ana Torres, 40, and her "
                "partner Omar Siddiqui, 39, had been seized in 2019.")
    assert _released(got) == {("rebels", "Ana Torres"), ("rebels", "Omar Siddiqui")}
    assert ("Omar Siddiqui", "releasedTo", "Moscow") in got
    got = facts("Iran freed three engineers on Monday. Ana Torres and her partner Omar Siddiqui were arrested in 2020.")
    assert _released(got) == {("Iran", "three engineers")}


def test_the_released_taken_to_a_base_or_a_hospital_in_a_place_went_to_that_place():
    got = facts("Hamas freed Ana Torres on Friday. Troops took Torres to a military base in central Israel.")
    assert ("Ana Torres", "releasedTo", "Israel") in got
    got = facts("The rebels freed Ana Torres on Friday and she was taken to a hospital in Peru.")
    assert ("Ana Torres", "releasedTo", "Peru") in got
    got = facts("Iran freed Ana Torres on Friday. Omar Siddiqui was taken to a prison in Peru.")
    assert not any(p == "releasedTo" for _, p, _ in got)


def test_among_those_seized_and_later_freed_was_a_described_person():
    got = facts("Islamic militants released four Japanese geologists on Monday. Among those seized and later freed "
                "was a senior police general, Ana Torres.")
    assert ("militants", "Ana Torres") in _released(got)
    got = facts("Islamic militants released four Japanese geologists on Monday. Among those seized was a senior "
                "police general, Ana Torres, who remains in captivity.")
    assert ("militants", "Ana Torres") not in _released(got)
# --- sanctions lists carried over a passage (session 20) ---------------------------------------------------------


def test_a_licence_told_again_names_the_members_of_the_relief_before():
    got = facts("Canada suspended sanctions on Kestrel Mining and Aurora Metals on Monday, issuing a general licence "
                "for six months. Besides Kestrel Mining and Aurora Metals, the licence covers Northstar Shipping Co and "
                "Zenit Trading LLC.")
    assert {("Canada", "sanctionsLiftedOn", "Northstar Shipping Co"),
            ("Canada", "sanctionsLiftedOn", "Zenit Trading LLC")} <= got
    # a licence that does not cover them, or one only planned, relieves no one
    got = facts("Canada lifted sanctions on Aurora Metals on Monday. The licence does not cover Northstar Shipping Co.")
    assert not any(o == "Northstar Shipping Co" for _, _, o in got)
    got = facts("Canada said it was considering a licence for Aurora Metals. The licence would cover Northstar "
                "Shipping Co and Zenit Trading LLC.")
    assert not any(p.startswith("sanctions") for _, p, _ in got)


def test_people_also_included_or_also_delisted_join_the_measure_told_before():
    got = facts("Japan barred Piet Dorn from entering the country on Monday. Transport Secretary Anton Weir and the "
                "armed forces minister, Aiko Brandt, were also included.")
    assert {("Japan", "sanctionsImposedOn", "Anton Weir"), ("Japan", "sanctionsImposedOn", "Aiko Brandt")} <= got
    got = facts("Japan removed Piet Dorn from its sanctions list on Monday. Anton Weir and Aiko Brandt were also "
                "delisted.")
    assert {("Japan", "sanctionsLiftedOn", "Anton Weir"), ("Japan", "sanctionsLiftedOn", "Aiko Brandt")} <= got
    got = facts("Japan removed Piet Dorn from its sanctions list on Monday. Aurora Metals Ltd and the network of "
                "settlers known as Kestrel Logistics were also delisted.")
    assert {("Japan", "sanctionsLiftedOn", "Aurora Metals Ltd"), ("Japan", "sanctionsLiftedOn", "Kestrel Logistics")} <= got
    # "included in the delegation" is another sense; "were not delisted" lifts nothing
    got = facts("Japan sanctioned Piet Dorn on Monday. Anton Weir and Aiko Brandt were also included in the delegation.")
    assert not any(o in ("Anton Weir", "Aiko Brandt") for _, _, o in got)
    got = facts("Japan removed Piet Dorn from its sanctions list on Monday. Anton Weir and Aiko Brandt were not delisted.")
    assert not any(o in ("Anton Weir", "Aiko Brandt") for _, _, o in got)


def test_a_ban_told_again_covers_or_is_extended_to_more_people():
    got = facts("Canada imposed a travel ban on Piet Dorn on Monday. The ban also covers Anton Weir and Aiko Brandt.")
    assert {("Canada", "sanctionsImposedOn", "Anton Weir"), ("Canada", "sanctionsImposedOn", "Aiko Brandt")} <= got
    got = facts("Canada barred Piet Dorn from entering the country on Monday. It extended the ban to two other "
                "figures: Anton Weir and Aiko Brandt.")
    assert {("Canada", "sanctionsImposedOn", "Anton Weir"), ("Canada", "sanctionsImposedOn", "Aiko Brandt")} <= got
    assert not facts("Canada threatened to bar Piet Dorn from entering the country. The list would also name Anton "
                     "Weir and Aiko Brandt.")


def test_the_list_names_ministers_with_joint_and_cabinet_titles():
    got = facts("Russia barred Piet Dorn from entering the country on Monday. Alongside Dorn, the list names Deputy "
                "Prime Minister and Justice Secretary Anton Weir, as well as the finance minister, Chancellor of the "
                "Exchequer Aiko Brandt, and Home Secretary Lena Stroud.")
    assert {("Russia", "sanctionsImposedOn", "Anton Weir"), ("Russia", "sanctionsImposedOn", "Aiko Brandt"),
            ("Russia", "sanctionsImposedOn", "Lena Stroud")} <= got


def test_a_body_reporting_a_passive_designation_acts_for_it_not_the_party_before():
    got = facts("Britain froze the assets of Piet Dorn in April. On Monday, Canada said Anton Weir, as well as two "
                "former ministers, Aiko Brandt and Lena Stroud, had been designated.")
    assert {("Canada", "sanctionsImposedOn", "Anton Weir"), ("Canada", "sanctionsImposedOn", "Aiko Brandt"),
            ("Canada", "sanctionsImposedOn", "Lena Stroud")} <= got
    assert not any(s == "United Kingdom" and o != "Piet Dorn" for s, _, o in got)


def test_a_relief_list_goes_on_past_a_phrase_and_its_members_between_dashes():
    got = facts("Canada removed the designations from its sanctions list on Monday. Among those who came off the list "
                "were the first three men targeted under the order - Piet Dorn, Anton Weir and Aiko Brandt - as well "
                "as Lena Stroud.")
    assert {("Canada", "sanctionsLiftedOn", n) for n in ("Piet Dorn", "Anton Weir", "Aiko Brandt", "Lena Stroud")} <= got
    # a list after an imposition is no relief
    got = facts("Canada sanctioned four officials on Monday. Those removed from the list were Piet Dorn and Anton Weir.")
    assert not any(p == "sanctionsLiftedOn" for _, p, _ in got)


def test_a_designation_made_under_a_bracketed_section_also_covers_relatives():
    got = facts("Canada designated Piet Dorn on Monday. The designation, made under a provision known as Section "
                "7031(c), also covers his daughter, Aiko Dorn, and his son, Anton Dorn.")
    assert {("Canada", "sanctionsImposedOn", "Aiko Dorn"), ("Canada", "sanctionsImposedOn", "Anton Dorn")} <= got
    got = facts("Canada designated Piet Dorn on Monday. The designation, made under Section 7031(c), does not cover "
                "his daughter, Aiko Dorn.")
    assert ("Canada", "sanctionsImposedOn", "Aiko Dorn") not in got


def test_a_list_verb_reaches_its_list_past_a_relative_clause_of_its_objects():
    got = facts("Canada on Friday put four officials that it says are linked to Peru on a terrorism sanctions list. "
                "Also listed were Piet Dorn, a former militia commander, and Anton Weir, a cleric.")
    assert {("Canada", "sanctionsImposedOn", "four officials"), ("Canada", "sanctionsImposedOn", "Piet Dorn"),
            ("Canada", "sanctionsImposedOn", "Anton Weir")} <= got
    assert ("Canada", "sanctionsImposedOn", "Peru") not in got
    assert not any(p.startswith("sanctions") for _, p, _ in facts(
        "Canada on Friday put four officials that it says are linked to Peru on trial."))


def test_a_list_goes_on_past_a_members_relative_clause_to_a_bare_name():
    got = facts("Japan froze the assets of several businesses on Monday, among them Zenit Trading LLC, which runs a "
                "casino in the coastal city of Sihanoukville, Northstar Shipping Co, and Aurora Metals Ltd.")
    assert {("Japan", "sanctionsImposedOn", n) for n in ("Zenit Trading LLC", "Northstar Shipping Co",
                                                         "Aurora Metals Ltd")} <= got
    # a speaker after the clause is no member
    got = facts("Japan froze the assets of several businesses on Monday, among them Zenit Trading LLC, which runs a "
                "casino, Anton Weir said.")
    assert ("Japan", "sanctionsImposedOn", "Anton Weir") not in got


def test_revoking_the_order_under_which_a_party_sanctioned_people_lifts_those_sanctions():
    got = facts("Canada on Wednesday revoked the executive order under which Japan sanctioned Piet Dorn and Aurora "
                "Metals Ltd.")
    assert {("Canada", "sanctionsLiftedOn", "Piet Dorn"), ("Canada", "sanctionsLiftedOn", "Aurora Metals Ltd"),
            ("Japan", "sanctionsImposedOn", "Piet Dorn")} <= got
    got = facts("Canada on Friday revoked an order under which it had imposed sanctions on Piet Dorn and Anton Weir.")
    assert {("Canada", "sanctionsLiftedOn", "Anton Weir"), ("Canada", "sanctionsImposedOn", "Anton Weir")} <= got
    # refused or only possible: the clause still tells the imposition, but nothing is lifted
    for text in ("Canada on Friday refused to revoke the order under which it had sanctioned Piet Dorn.",
                 "Canada said on Friday it may revoke the order under which it had sanctioned Piet Dorn."):
        got = facts(text)
        assert ("Canada", "sanctionsImposedOn", "Piet Dorn") in got
        assert not any(p == "sanctionsLiftedOn" for _, p, _ in got), text


def test_people_also_named_in_a_separate_announcement_join_the_sanction_told_before():
    got = facts("Canada sanctioned Piet Dorn on Monday. Anton Weir and Aiko Brandt were also named in a separate "
                "announcement.")
    assert {("Canada", "sanctionsImposedOn", "Anton Weir"), ("Canada", "sanctionsImposedOn", "Aiko Brandt")} <= got
    got = facts("Canada sanctioned Piet Dorn on Monday. Anton Weir and Aiko Brandt were also named in the indictment.")
    assert not any(o in ("Anton Weir", "Aiko Brandt") for _, _, o in got)


def test_the_department_is_the_department_named_before_not_the_last_party():
    got = facts("On Friday, the State Department barred Piet Dorn from entering the country. A month earlier, Canada "
                "froze the assets of Anton Weir. In a separate statement, the department said it had designated Aiko "
                "Brandt.")
    assert ("Canada", "sanctionsImposedOn", "Aiko Brandt") not in got
    assert any(o == "Aiko Brandt" and p == "sanctionsImposedOn" and s != "Canada" for s, p, o in got)
    # with no department named before, "the department" is no party
    got = facts("Canada froze the assets of Anton Weir. The department of health said it had designated Aiko Brandt.")
    assert not any(s.lower().startswith("department") for s, _, _ in got)
# --- session 20: meetings of three or more ------------------------------------------------------------------


def test_the_guests_of_one_host_at_one_meeting_of_three_or_more_met_each_other():
    got = met(facts("Rafael Quint met Ana Costa, Pedro Lopez and Lena Vogt on Monday to discuss the border. "
                    "The talks ran late."))
    people = ["Rafael Quint", "Ana Costa", "Pedro Lopez", "Lena Vogt"]
    assert {frozenset((a, b)) for a in people for b in people if a != b} <= got
    got = met(facts("Rafael Quint received Ana Costa and Pedro Lopez together at the palace on Monday."))
    assert frozenset(("Ana Costa", "Pedro Lopez")) in got


def test_guests_met_one_at_a_time_or_on_a_tour_did_not_meet_each_other():
    for text in ("Rafael Quint met Ana Costa and Pedro Lopez separately on Monday.",
                 "Rafael Quint met Ana Costa, Pedro Lopez and Lena Vogt in separate meetings on Monday.",
                 "Rafael Quint visited Lima on Monday, meeting Ana Costa and Pedro Lopez during a six-hour stop.",
                 "On Monday Rafael Quint met Ana Costa, Pedro Lopez and later Lena Vogt at the palace."):
        got = met(facts(text))
        assert frozenset(("Rafael Quint", "Ana Costa")) in got, text
        assert frozenset(("Ana Costa", "Pedro Lopez")) not in got, text


def test_people_who_join_a_meeting_meet_everyone_at_it():
    got = met(facts("Rafael Quint and Ana Costa met at the border post on Friday. The two leaders were joined by the "
                    "mediators, Pedro Lopez and Lena Vogt, for their latest meeting."))
    people = ["Rafael Quint", "Ana Costa", "Pedro Lopez", "Lena Vogt"]
    assert {frozenset((a, b)) for a in people for b in people if a != b} <= got
    got = met(facts("Lena Vogt joined Rafael Quint and Ana Costa for the talks in Vienna on Monday."))
    assert {frozenset(("Lena Vogt", "Ana Costa")), frozenset(("Rafael Quint", "Ana Costa"))} <= got


def test_joining_someone_in_a_stance_or_on_a_trip_is_no_meeting():
    for text in ("Lena Vogt joined Rafael Quint in calling for talks on Monday.",
                 "Rafael Quint was joined for much of the week by Lena Vogt, who held talks with Pedro Lopez.",
                 "Planned talks between Rafael Quint and Ana Costa, joined by Lena Vogt, were cancelled on Monday."):
        got = met(facts(text))
        assert not any("Lena Vogt" in pair and "Rafael Quint" in pair for pair in got), text


def test_leaders_in_apposition_to_a_plural_title_lead_what_the_dated_table_or_their_nationalities_give():
    got = facts("The path was cleared on Wednesday, when the prime ministers, Viktor Chernomyrdin and Pavlo Lazarenko, "
                "met in Kiev.", dateline="May 31, 1997")
    assert {("Viktor Chernomyrdin", "Russia"), ("Pavlo Lazarenko", "Ukraine")} <= leaders(got)
    got = facts("On Monday the Chilean and Peruvian presidents, Rafael Quint and Ana Costa, met in Lima.")
    assert {("Rafael Quint", "Chile"), ("Ana Costa", "Peru")} <= leaders(got)
    got = facts("On Monday the former Chilean and Peruvian presidents, Rafael Quint and Ana Costa, met in Lima.")
    assert not leaders(got)


def test_the_leader_of_a_country_with_a_president_and_a_prime_minister_named_is_its_president():
    got = facts("Russian President Boris Yeltsin met Leonid Kuchma in Kiev. On Wednesday the prime ministers, Viktor "
                "Chernomyrdin and Pavlo Lazarenko, signed three agreements. Kuchma thanked the Russian leader for his "
                "personal role.", dateline="May 31, 1997")
    assert ("Boris Yeltsin", "praisedBy", "Leonid Kuchma") in got


# --- session 20: praise told back, praise as a purpose ------------------------------------------------------


def praised(got: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in got if p == "praisedBy"}


def test_who_returns_the_compliment_praises_the_one_who_praised_them():
    got = praised(facts("Rafael Quint praised Ana Costa on Monday for the reforms. Costa, a former mayor of Lima who "
                        "took office in December, returned the compliment, calling Quint a leader of courage."))
    assert {("Ana Costa", "Rafael Quint"), ("Rafael Quint", "Ana Costa")} <= got
    got = praised(facts("Rafael Quint praised Ana Costa on Monday for the reforms. Costa did not return the compliment."))
    assert ("Rafael Quint", "Ana Costa") not in got


def test_praise_as_the_purpose_of_a_visit_or_speech_is_the_subjects():
    got = praised(facts("Rafael Quint used his visit to Peru on Monday to heap praise on Ana Costa."))
    assert got == {("Ana Costa", "Rafael Quint")}
    got = praised(facts("Rafael Quint took the opportunity to thank Ana Costa for the ceasefire."))
    assert got == {("Ana Costa", "Rafael Quint")}
    assert not praised(facts("Rafael Quint used his visit to Peru on Monday to criticise Ana Costa."))


def test_the_leaders_named_after_a_summit_attended_by_a_group_of_leaders_met_everyone_at_it():
    text = ("On Tuesday, Rafael Quint hosted a summit attended by 11 of the region's 12 presidents, Ana Costa among "
            "them. Around the table, the mood was tense. Chile's president, Pedro Lopez, said the crisis was real.")
    got = met(facts(text))
    people = ["Rafael Quint", "Ana Costa", "Pedro Lopez"]
    assert {frozenset((a, b)) for a in people for b in people if a != b} <= got


def test_a_leader_who_stayed_away_from_a_summit_or_is_named_in_the_next_paragraph_met_no_one_there():
    for text in ("On Tuesday, Rafael Quint hosted a summit attended by 11 of the region's 12 presidents, Ana Costa among "
                 "them. Chile's president, Pedro Lopez, who did not attend, said the crisis was real.",
                 "On Tuesday, Rafael Quint hosted a summit attended by 11 of the region's 12 presidents, Ana Costa among "
                 "them.\n\nChile's president, Pedro Lopez, said on Friday the crisis was real."):
        got = met(facts(text))
        assert frozenset(("Rafael Quint", "Ana Costa")) in got, text
        assert not any("Pedro Lopez" in pair for pair in got), text


def test_a_monarch_named_by_one_name_after_the_rank_is_known_by_the_rank_and_the_name():
    art = article_from_text("Wire report\n\nApril 3, 2015\n\nRafael Quint also called King Aldric of Norway, whose "
                            "government fears the deal.\n", source="t.txt")
    people = [e for e in extract(art).entities if e.type == "Person" and e.label == "Aldric"]
    assert people and "King Aldric" in people[0].aliases


def test_who_was_one_of_the_first_leaders_to_visit_someone_visited_them():
    got = met(facts("Ana Costa was one of the first foreign leaders to meet Rafael Quint after the election."))
    assert got == {frozenset(("Ana Costa", "Rafael Quint"))}
    got = met(facts("Ana Costa hoped to be one of the first foreign leaders to meet Rafael Quint after the election."))
    assert not got


def test_the_country_praised_is_the_country_named_last():
    got = praised(facts("Rafael Quint on Monday became the first foreign leader to visit Ghana, praising the country as "
                        "an indispensable partner."))
    assert got == {("Ghana", "Rafael Quint")}
    got = praised(facts("Rafael Quint arrived in Ghana on Monday. Quint praised the country as a model of growth."))
    assert got == {("Ghana", "Rafael Quint")}
    assert not praised(facts("Rafael Quint arrived in Ghana on Monday. Quint praised the country's farmers."))


# --- counted descriptions of a set told before ----------------------------------------------------------


def test_a_bare_count_as_an_object_stands_for_the_latest_list_of_as_many_people():
    got = facts("Investigators named Ilse Varga, Tomas Reul and Odile Mpanga as the organisers of the scheme. "
                "Canada imposed sanctions on the three on Friday.")
    assert {("Canada", "sanctionsImposedOn", p) for p in ("Ilse Varga", "Tomas Reul", "Odile Mpanga")} <= got


def test_a_count_that_fits_no_set_stands_for_nobody():
    got = facts("Prosecutors say Ilse Varga and Tomas Reul ran the network. Canada sanctioned the three on Friday.")
    assert not {f for f in got if f[1] == "sanctionsImposedOn"}


def test_the_counted_firms_are_the_latest_list_of_as_many_companies():
    got = facts("The tankers were owned by Baltic Ore Holdings, Aurora Metals Ltd and Zenit Trading LLC, a report "
                "found. Japan froze the assets of the three firms on Sunday.")
    assert {("Japan", "sanctionsImposedOn", c) for c in ("Baltic Ore Holdings", "Aurora Metals Ltd",
                                                         "Zenit Trading LLC")} <= got
    got = facts("Japan had blacklisted Aurora Metals Ltd and Zenit Trading LLC in 2021. On Tuesday it lifted the "
                "sanctions on both companies.")
    assert {("Japan", "sanctionsLiftedOn", c) for c in ("Aurora Metals Ltd", "Zenit Trading LLC")} <= got


def test_the_same_counted_group_stands_for_the_people_its_list_named():
    got = facts("Japan sanctioned Ilse Varga and four people it said had helped her: Tomas Reul, Odile Mpanga, "
                "Bruno Achterberg and Lena Sokol. Canada designated Ilse Varga and the same four associates on "
                "Monday.")
    assert {("Canada", "sanctionsImposedOn", p) for p in ("Ilse Varga", "Tomas Reul", "Odile Mpanga",
                                                          "Bruno Achterberg", "Lena Sokol")} <= got


def test_another_counted_group_is_not_the_set_told_before():
    got = facts("Britain sanctioned Ilse Varga and Tomas Reul on Monday. Canada imposed sanctions on two other "
                "men, Bruno Achterberg and Lena Sokol.")
    assert not {("Canada", "sanctionsImposedOn", p) for p in ("Ilse Varga", "Tomas Reul")} & got


def test_a_definite_counted_noun_of_people_takes_the_latest_list_of_as_many():
    got = facts("Ilse Varga, Tomas Reul, Odile Mpanga and Lena Sokol, engineers of a mining firm, were detained in "
                "2023. Iran released the four engineers on Saturday.")
    assert {("Iran", "released", p) for p in ("Ilse Varga", "Tomas Reul", "Odile Mpanga", "Lena Sokol")} <= got


def test_the_counted_countries_are_the_latest_list_of_as_many_countries():
    got = facts("Eritrea and Myanmar voted against the resolution on Monday. Canada later imposed sanctions on the "
                "two countries.")
    assert {("Canada", "sanctionsImposedOn", c) for c in ("Eritrea", "Myanmar")} <= got
    got = facts("Eritrea, Myanmar and Belarus voted against the resolution on Monday. Canada later imposed sanctions "
                "on the two countries.")
    assert not {f for f in got if f[0] == "Canada"}
# --- the crash sweep of session 20's review -------------------------------------------------------------------


def test_a_code_like_word_after_a_summit_is_no_mention_of_it():
    # "P99" or "P2" in the text is no masked mention: it once read as the index of one (IndexError)
    got = facts("President Joe Biden hosted a summit attended by 11 presidents, the P99 envoys among them.")
    assert ("Joe Biden", "leaderOf", "United States") in got
    got = facts("President Joe Biden hosted a summit attended by 11 presidents on Monday. Emmanuel Macron took flight "
                "P2 to get there.")
    assert ("Joe Biden", "leaderOf", "United States") in got


def test_a_leader_who_didnt_attend_the_summit_did_not_meet_its_host():
    summit = ("President Joe Biden hosted a summit attended by 11 of the region's 12 presidents, President Gabriel Boric "
              "among them. ")
    for away in ("didn't attend", "didn\u2019t attend", "did not attend"):
        got = facts(summit + f"Brazil's president, Luiz Inacio Lula da Silva, {away}.")
        assert ("Joe Biden", "metWith", "Gabriel Boric") in got
        assert not any(p == "metWith" and "Luiz Inacio Lula da Silva" in (s, o) for s, p, o in got), away


def test_a_code_like_word_in_the_description_of_a_freed_member_is_no_mention():
    for code in ("P99", "P1"):
        got = facts(f"Iran freed two aid workers on Monday. Ana Torres, a {code} envoy, and Omar Siddiqui landed in "
                    "Geneva.")
        assert ("Iran", "released", "Ana Torres") in got and ("Iran", "released", "Omar Siddiqui") in got, code


def test_the_speaker_right_after_a_list_of_the_released_was_not_freed():
    from kg.extraction import extract
    from kg.ingest.reader import article_from_text
    art = article_from_text("Wire report\n\nMarch 3, 2021\n\nIran released three prisoners on Friday: Ana Torres, "
                            "Tomas Berg and Hugo Lemaire, Leila Haddad, a lawyer for the families, said.\n",
                            source="t.txt")
    got = {(f.subject.label, f.predicate, f.object.label) for f in extract(art).facts}
    assert {("Iran", "released", n) for n in ("Ana Torres", "Tomas Berg", "Hugo Lemaire")} <= got
    assert ("Iran", "released", "Leila Haddad") not in got


def test_a_code_like_word_after_a_speaker_of_a_release_list_is_no_mention():
    # "P99" in the speaker's description is no masked mention: it once read as the index of one (IndexError)
    for code in ("P99", "P1"):
        got = facts(f"Iran released three prisoners on Friday: Ana Torres, Tomas Berg and Hugo Lemaire, Leila Haddad, "
                    f"a {code} lawyer, said.")
        assert {("Iran", "released", n) for n in ("Ana Torres", "Tomas Berg", "Hugo Lemaire")} <= got, code
        assert ("Iran", "released", "Leila Haddad") not in got, code


def test_a_relative_after_a_fronted_release_of_her_was_not_freed():
    # "After her release by X, her husband A said": the one freed is "her", her husband only speaks
    got = facts("After her release by Iran, her husband Tomas Berg said she was well.")
    assert not any(p == "released" for s, p, o in got)
    got = facts("After his release by Iran, Tomas Berg said he was well.")
    assert ("Iran", "released", "Tomas Berg") in got


def test_a_relative_or_counsel_after_a_fronted_freeing_is_no_freer():
    # "After freeing A, her lawyer B said": a dangling opener, B speaks for A and freed no one
    got = facts("After freeing Ana Torres, her lawyer Tomas Berg said she was well.")
    assert ("Tomas Berg", "released", "Ana Torres") not in got
    got = facts("After freeing Ana Torres, Iran said it wanted talks.")
    assert ("Iran", "released", "Ana Torres") in got


# --- session 22: releases told by plural courts, described people, mixed groups, relative clauses -----------------


def released(got: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in got if p == "released"}


def destinations(got: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in got if p == "releasedTo"}


def test_a_countrys_courts_in_the_plural_act_for_it_in_a_release():
    got = facts("Over the past year Kenyan courts have freed Marek Nowak and Elena Petrova, officials said.")
    assert {("Kenya", "Marek Nowak"), ("Kenya", "Elena Petrova")} <= released(got)
    assert ("Kenya", "Nadia Karimova") in released(facts("Nadia Karimova was freed by Kenyan courts on Thursday."))
    # a refusal frees no one
    assert not released(facts("Kenyan courts have refused to free Ana Torres, her lawyer said."))


def test_a_person_named_after_two_coordinated_roles_is_the_one_freed():
    got = facts("Belarus on Friday released journalist and student Aiko Tanaka from pre-trial detention.")
    assert ("Belarus", "Aiko Tanaka") in released(got)
    got = facts("A court in Venezuela freed Austrian writer and activist Elena Petrova on Sunday.")
    assert ("Venezuela", "Elena Petrova") in released(got)


def test_a_person_named_after_a_role_set_off_by_a_comma_is_the_one_freed_not_the_body_of_the_role():
    got = facts("Israel released the Hamas founder, Ahmed Yassin, on Monday.")
    assert released(got) == {("Israel", "Ahmed Yassin")}
    got = facts("Syria released the movement's founder, Leila Haddad, from prison on Sunday.")
    assert released(got) == {("Syria", "Leila Haddad")}
    got = facts("Israel released the founder and spiritual leader of the militant group Hamas, Sheikh Ahmed Yassin, "
                "from prison early today and flew him to Jordan.")
    assert ("Israel", "Ahmed Yassin") in released(got) and ("Ahmed Yassin", "Jordan") in destinations(got)


def test_the_people_named_after_a_description_no_mention_reads_are_the_ones_freed():
    got = facts("Belarus on Tuesday freed some of the country's best-known dissidents, including the student leader "
                "Marek Nowak.")
    assert released(got) == {("Belarus", "Marek Nowak")}
    assert not released(facts("Belarus on Tuesday refused to free the country's dissidents, including Marek Nowak."))


def test_one_person_of_another_nationality_after_a_freed_group_is_freed_too():
    got = facts("Iran has released two Austrian nationals and a Danish citizen, Oman said on Friday.")
    assert {("Iran", "two Austrian nationals"), ("Iran", "a Danish citizen")} <= released(got)
    # ... not one of the same kind ("three police officers and a soldier" is one group of four)
    got = facts("Militants released three police officers and a soldier on Friday.")
    assert released(got) == {("militants", "three police officers and a soldier")}


def test_the_speaker_of_a_reported_passive_release_is_not_the_one_freed():
    got = facts("Iran freed Ana Torres on Monday. Foreign Minister Lars Rasmussen confirmed that a Danish citizen had "
                "been freed.")
    assert ("Iran", "a Danish citizen") in released(got)
    assert not any(o == "Lars Rasmussen" for _, o in released(got))
    got = facts("Iran freed Ana Torres on Monday. Lars Rasmussen said on Monday that a teacher had been freed.")
    assert released(got) == {("Iran", "Ana Torres")}


def test_a_counted_group_told_before_is_that_group_not_the_people_freed_before():
    body = ("A Turkish court on Monday released Austrian journalist and student Max Zirngast from detention.\n\n"
            "Zirngast was detained in a dawn raid in September along with two Turkish citizens.\n\n"
            "The two Turks arrested with him were also freed.")
    art = article_from_text(f"Turkish court frees Austrian journalist Zirngast\n\n{body}\n", source="t.txt")
    got = {(f.subject.label, f.predicate, f.object.label) for f in extract(art).facts}
    assert released(got) == {("Turkey", "Max Zirngast"), ("Turkey", "two Turkish citizens")}


def test_a_count_after_a_release_of_groups_and_people_is_all_of_them_and_named_members_take_a_groups_place():
    got = facts("Iran has released two Austrians and a Danish citizen, Oman said. The three men had been flown from "
                "Tehran to Muscat.")
    assert destinations(got) == {("two Austrians", "Muscat"), ("a Danish citizen", "Muscat")}
    got = facts("Iran has released two Chilean engineers and a Danish citizen on Monday, officials said. The three "
                "were then flown to Thailand. The ministry named the two as Marek Nowak and Tomas Berg but did not "
                "identify the third.")
    assert released(got) == {("Iran", "Marek Nowak"), ("Iran", "Tomas Berg"), ("Iran", "a Danish citizen")}
    assert destinations(got) == {("Marek Nowak", "Thailand"), ("Tomas Berg", "Thailand"),
                                 ("a Danish citizen", "Thailand")}


def test_a_freed_person_who_boarded_an_airlines_flight_went_where_it_flew():
    got = facts("Mexico freed Florence Cassez on Wednesday. Hours later Cassez walked out of prison and was driven to "
                "the airport, where she boarded an Air France flight to Paris.")
    assert ("Florence Cassez", "Paris") in destinations(got)


def test_a_relative_clause_after_a_member_of_an_including_list_is_the_members():
    got = facts("Turkey has freed several Europeans, including German activist Peter Steudtner, who returned to Berlin, "
                "and the U.S. pastor Andrew Brunson, whose release eased a dispute.")
    assert {("Turkey", "Peter Steudtner"), ("Turkey", "Andrew Brunson")} <= released(got)
    assert destinations(got) == {("Peter Steudtner", "Berlin")}
    got = facts("Belarus freed three Peruvian soldiers on Saturday, including Ana Torres, who flew home to Peru a week "
                "later.")
    assert ("Belarus", "Ana Torres") in released(got)
    assert destinations(got) == {("Ana Torres", "Peru")}


def test_a_count_whose_noun_is_left_out_after_a_freed_group_is_freed_too():
    got = facts("Israel freed 86 Palestinian prisoners in October in a previous gesture to the president, and about 250 "
                "in July.")
    assert {("Israel", "86 Palestinian prisoners"), ("Israel", "about 250")} <= released(got)
    # another verb before the count frees no one
    got = facts("Israel freed 86 Palestinian prisoners in October, and arrested about 250 in July.")
    assert released(got) == {("Israel", "86 Palestinian prisoners")}


def test_a_count_that_touched_down_or_was_taken_to_the_airport_for_a_flight_went_there():
    got = facts("Iran freed Ana Torres and Marek Nowak on Monday. The two touched down in Madrid on Tuesday.")
    assert destinations(got) == {("Ana Torres", "Madrid"), ("Marek Nowak", "Madrid")}
    got = facts("Iran freed Ana Torres and Marek Nowak on Monday. They were taken to the airport for a charter flight "
                "to Chile.")
    assert destinations(got) == {("Ana Torres", "Chile"), ("Marek Nowak", "Chile")}
    # no one freed: no destination
    assert not destinations(facts("Iran arrested Ana Torres on Monday. Torres was driven to Tehran's airport for a "
                                  "flight to Oslo."))


def test_members_of_a_freed_group_listed_with_descriptions_between_them_are_each_freed():
    got = facts("Myanmar freed 50 political prisoners on Friday. Among them were Ko Ko Gyi, another leader of the 1988 "
                "uprising, the Buddhist monk Shin Gambira, who helped lead the protests, and Khun Tun Oo, a leader of "
                "the Shan minority.")
    assert {("Myanmar", "Ko Ko Gyi"), ("Myanmar", "Shin Gambira"), ("Myanmar", "Khun Tun Oo")} <= released(got)
    # after a detention, the same list names no one freed
    got = facts("Myanmar detained 50 activists on Friday. Among them were Ko Ko Gyi, another leader of the 1988 "
                "uprising, the Buddhist monk Shin Gambira, who helped lead the protests, and Khun Tun Oo.")
    assert not released(got)


def test_freed_people_who_arrived_at_a_checkpoint_near_a_city_went_to_the_city():
    got = facts("Israel released 429 Palestinian prisoners on Monday. Buses carrying most of the freed men arrived at "
                "the Beitunia checkpoint near Ramallah.")
    assert destinations(got) == {("429 Palestinian prisoners", "Ramallah")}
    got = facts("Israel arrested 40 Palestinians on Monday. Buses carrying the men arrived at a checkpoint near "
                "Ramallah.")
    assert not destinations(got)
# --- session 22 (talk22): the others at a meeting, labelled deeds, thanks after a report, visits ----------------


def test_who_joins_talks_in_a_participle_meets_the_other_side_not_their_own_leader():
    got = facts("Peruvian President Ana Torres met Chilean President Tomas Berg in Lima. The two leaders toured the "
                "port and held talks, joined for part of the time by Chilean Foreign Minister Hugo Lemaire and "
                "Peruvian Trade Minister Leila Haddad.")
    met = {frozenset((s, o)) for s, p, o in got if p == "metWith"}
    assert frozenset(("Ana Torres", "Tomas Berg")) in met
    assert frozenset(("Ana Torres", "Hugo Lemaire")) in met and frozenset(("Tomas Berg", "Leila Haddad")) in met
    assert frozenset(("Hugo Lemaire", "Leila Haddad")) in met
    assert frozenset(("Tomas Berg", "Hugo Lemaire")) not in met  # his own minister
    got = facts("Ana Torres, accompanied by Hugo Lemaire, met Tomas Berg in Lima on Tuesday.")
    assert ("Hugo Lemaire", "metWith", "Tomas Berg") in got or ("Tomas Berg", "metWith", "Hugo Lemaire") in got


def test_who_is_also_present_joins_the_talks_told_before_and_a_joining_in_a_stance_is_no_meeting():
    got = facts("Ana Torres held talks with Tomas Berg on Monday. Hugo Lemaire and Leila Haddad were also present.")
    met = {frozenset((s, o)) for s, p, o in got if p == "metWith"}
    assert frozenset(("Ana Torres", "Hugo Lemaire")) in met and frozenset(("Tomas Berg", "Leila Haddad")) in met
    got = facts("Ana Torres spoke on Monday, joined by Hugo Lemaire in condemning the attack.")
    assert not any(p == "metWith" for s, p, o in got)
    got = facts("Ana Torres held talks with Tomas Berg on Monday. Hugo Lemaire was not present.")
    assert not any(p == "metWith" and "Hugo Lemaire" in (s, o) for s, p, o in got)


def test_the_two_leaders_after_an_unresolved_definite_description_are_the_people_named():
    got = facts("President Ana Torres spent the day at President Tomas Berg's ranch, where the two former governors "
                "pledged to work on trade. The two leaders toured the ranch and held talks.")
    assert ("Ana Torres", "metWith", "Tomas Berg") in got or ("Tomas Berg", "metWith", "Ana Torres") in got


def test_a_speakers_label_between_a_praise_and_its_object_is_read_through():
    got = facts('Ana Torres praised what she called a "substantial" decision by Peru.')
    assert ("Peru", "praisedBy", "Ana Torres") in got
    got = facts("Ana Torres welcomed what she described as positive steps by Peru.")
    assert ("Peru", "praisedBy", "Ana Torres") in got
    got = facts("Ana Torres criticised what she called a cynical decision by Peru.")
    assert not any(p == "praisedBy" for s, p, o in got)
    # a whole quoted label stays a quotation: the thanks after it are still the speaker's
    got = facts('President Ana Torres hailed what she called "an outcome created by us" and thanked President Tomas Berg.')
    assert ("Tomas Berg", "praisedBy", "Ana Torres") in got


def test_a_name_given_with_which_they_called_is_no_phone_call():
    got = facts("Ana Torres met Tomas Berg. In a joint statement, which they called the Lima Proposal, they pledged "
                "to cooperate.")
    assert not any("Lima Proposal" in (s, o) for s, p, o in got)


def test_thanks_after_a_reported_clause_about_an_event_are_the_speakers():
    got = facts("Ana Torres told reporters afterwards that the talks had gone very well and thanked Tomas Berg for "
                "listening.")
    assert ("Tomas Berg", "praisedBy", "Ana Torres") in got
    got = facts("Ana Torres confirmed that the hostages had been freed and also thanked Jordan.")
    assert ("Jordan", "praisedBy", "Ana Torres") in got
    got = facts("Ana Torres said that Hugo Lemaire had thanked Jordan.")
    assert ("Jordan", "praisedBy", "Ana Torres") not in got


def test_the_person_after_an_office_of_a_body_in_apposition_is_the_one_thanked():
    got = facts("Chile thanked the African Union commission chairwoman, Ana Torres, for her support.")
    assert ("Ana Torres", "praisedBy", "Chile") in got
    assert ("African Union", "praisedBy", "Chile") not in got


def test_calling_on_someone_before_another_visit_is_a_courtesy_call_but_not_before_a_demand():
    got = facts("Premier Ana Torres called on President Tomas Berg and met Hugo Lemaire, the opposition leader.")
    assert ("Ana Torres", "metWith", "Tomas Berg") in got and ("Ana Torres", "metWith", "Hugo Lemaire") in got
    got = facts("Premier Ana Torres called on President Tomas Berg and demanded the release of the prisoners.")
    assert not any(p == "metWith" for s, p, o in got)


def test_an_official_greeting_someone_with_her_family_meets_her_but_the_family_named_does_not():
    got = facts("Ana Torres landed in Paris and was greeted by her parents and Foreign Minister Tomas Berg.")
    assert ("Tomas Berg", "metWith", "Ana Torres") in got or ("Ana Torres", "metWith", "Tomas Berg") in got
    got = facts("Ana Torres landed in Paris and was greeted by her parents, Hugo Lemaire and Leila Haddad.")
    assert not any(p == "metWith" for s, p, o in got)


def test_officials_of_a_country_who_have_called_another_a_reliable_partner_praise_it():
    got = facts("Italian officials have called Algeria a reliable partner.")
    assert ("Algeria", "praisedBy", "Italy") in got
    got = facts("Italian officials have called Algeria a threat to the region.")
    assert not any(p == "praisedBy" for s, p, o in got)


def test_his_guest_and_her_host_stand_for_the_other_person_of_the_visit():
    got = facts("Ana Torres met Tomas Berg in Lima on Sunday. Ana Torres praised the courage of his host.")
    assert ("Tomas Berg", "praisedBy", "Ana Torres") in got
    got = facts("Ana Torres held talks with Tomas Berg on Sunday. Ana Torres criticised his guest for the delay.")
    assert not any(p == "praisedBy" for s, p, o in got)


def test_a_news_conference_with_someone_after_an_opening_quotation_is_a_joint_appearance():
    got = facts('"We will help," President Ana Torres said at a news conference with President Tomas Berg.')
    assert ("Ana Torres", "metWith", "Tomas Berg") in got or ("Tomas Berg", "metWith", "Ana Torres") in got
    got = facts('"We will help," President Ana Torres said before a planned news conference with President Tomas Berg.')
    assert not any(p == "metWith" for s, p, o in got)


def test_his_or_her_before_a_praised_quality_is_the_person_whose_quality_is_praised():
    got = facts("Ana Torres met Tomas Berg on Monday. She praised his courage.")
    assert ("Tomas Berg", "praisedBy", "Ana Torres") in got
    got = facts("Prosecutors removed Juan Sandoval from the Special Prosecutor's Office Against Impunity in July; he "
                "fled to the United States, which had praised his work.")
    assert ("Juan Sandoval", "praisedBy", "United States") in got
    got = facts('Ana Torres said the bloc stood "fully behind" Tomas Berg and praised his courage.')
    assert ("Tomas Berg", "praisedBy", "Ana Torres") in got
    got = facts("Tomas Berg spoke on Monday. He praised his own work.")
    assert not any(p == "praisedBy" for s, p, o in got)


def test_a_title_designate_is_a_title_but_holds_no_office_yet():
    got = facts("Libya's unity government is headed by Prime Minister-designate Fayez al-Sarraj. The envoy, "
                "Martin Kobler, who met Sarraj in Tripoli on Thursday, urged calm.")
    assert ("Martin Kobler", "metWith", "Fayez al-Sarraj") in got or ("Fayez al-Sarraj", "metWith", "Martin Kobler") in got
    assert ("Fayez al-Sarraj", "leaderOf", "Libya") not in got


def test_with_whom_after_a_person_makes_the_relatives_subject_meet_them_not_a_plan():
    got = facts("Ana Torres thanked Tomas Berg, with whom she had raised the case during a meeting in Vienna.")
    assert ("Tomas Berg", "metWith", "Ana Torres") in got or ("Ana Torres", "metWith", "Tomas Berg") in got
    got = facts("Ana Torres thanked Tomas Berg, with whom she will meet next week.")
    assert not any(p == "metWith" for s, p, o in got)


def test_a_relative_clause_that_goes_on_with_a_meeting_is_its_antecedents_meeting():
    got = facts("He said he would work with Ana Torres, who was freed in 2010 and has since met Tomas Berg in the "
                "capital.")
    assert ("Ana Torres", "metWith", "Tomas Berg") in got or ("Tomas Berg", "metWith", "Ana Torres") in got
    got = facts("Ana Torres, who was freed in 2010 and has never met Tomas Berg, spoke on Monday.")
    assert not any(p == "metWith" for s, p, o in got)


def test_a_time_phrase_between_and_and_a_meeting_verb_keeps_the_clauses_subject():
    got = facts("Ana Torres praised Tomas Berg for the accord, and the next day hosted Hugo Lemaire for talks.")
    assert ("Ana Torres", "metWith", "Hugo Lemaire") in got or ("Hugo Lemaire", "metWith", "Ana Torres") in got
    got = facts("Ana Torres praised Tomas Berg for the accord, and the next day will host Hugo Lemaire for talks.")
    assert not any(p == "metWith" for s, p, o in got)


def test_welcoming_the_releases_praises_the_release_of_many_not_one_told_in_passing():
    got = facts("Myanmar freed 651 prisoners on Friday under an amnesty. Opposition "
                "leader Aung San Suu Kyi, who was freed from house arrest in 2010, said she was happy. U.S. Secretary "
                "of State Hillary Clinton welcomed the releases.")
    assert ("Aung San Suu Kyi", "praisedBy", "Hillary Clinton") not in got


def test_those_she_thanked_listed_after_among_were_each_praised():
    got = facts("Ana Torres spoke on Monday. Among those she thanked were President Ana Lopez, Minister Tomas Berg "
                "and the Peruvian government.")
    assert {("Ana Lopez", "praisedBy", "Ana Torres"), ("Tomas Berg", "praisedBy", "Ana Torres"),
            ("Peru", "praisedBy", "Ana Torres")} <= got


def test_pride_in_someone_is_praise_but_not_when_denied():
    got = facts("President Ana Torres said she was proud of President Tomas Berg.")
    assert ("Tomas Berg", "praisedBy", "Ana Torres") in got
    got = facts("President Ana Torres said she was not proud of President Tomas Berg.")
    assert not any(p == "praisedBy" for s, p, o in got)


def test_a_call_to_notify_someone_and_the_people_who_met_someone_told_as_a_cleft():
    got = facts("President Ana Torres called President Tomas Berg to notify him of the decision.")
    assert ("Ana Torres", "metWith", "Tomas Berg") in got or ("Tomas Berg", "metWith", "Ana Torres") in got
    got = facts("The leaders who met President Ana Torres are Prime Minister Tomas Berg and President Hugo Lemaire.")
    met = {frozenset((s, o)) for s, p, o in got if p == "metWith"}
    assert frozenset(("Ana Torres", "Tomas Berg")) in met and frozenset(("Ana Torres", "Hugo Lemaire")) in met
    got = facts("The leaders who will meet President Ana Torres next week are Tomas Berg and Hugo Lemaire.")
    assert not any(p == "metWith" for s, p, o in got)


def test_a_visit_paid_to_a_person_is_a_meeting_but_not_to_a_country_nor_a_planned_one():
    got = facts("President Ana Torres paid a visit to President Tomas Berg at his residence.")
    assert ("Ana Torres", "metWith", "Tomas Berg") in got or ("Tomas Berg", "metWith", "Ana Torres") in got
    got = facts("President Ana Torres paid a visit to Peru on Monday.")
    assert not any(p == "metWith" for s, p, o in got)
    got = facts("President Ana Torres will pay a visit to President Tomas Berg next week.")
    assert not any(p == "metWith" for s, p, o in got)


def test_finding_someone_a_statesman_is_praise_as_calling_them_one():
    got = facts("Ana Torres held talks with Tomas Berg on Monday. Ana Torres said she had found her guest a "
                "statesman of great wisdom.")
    assert ("Tomas Berg", "praisedBy", "Ana Torres") in got
    got = facts("Ana Torres held talks with Tomas Berg on Monday. Ana Torres said she had found her guest a "
                "difficult partner.")
    assert not any(p == "praisedBy" for s, p, o in got)


def test_a_two_word_title_alone_stands_for_the_one_person_the_article_gave_it():
    got = facts("Prime Minister Ana Torres held talks with Crown Prince Hassan on Monday. Danny Yatom met the Crown "
                "Prince as well.")
    assert ("Danny Yatom", "metWith", "Hassan") in got or ("Hassan", "metWith", "Danny Yatom") in got
    got = facts("Prime Minister Ana Torres held talks with Crown Prince Hassan and Crown Prince Faisal on Monday. "
                "Danny Yatom met the Crown Prince as well.")
    assert not any(p == "metWith" and "Danny Yatom" in (s, o) for s, p, o in got)


def test_the_country_of_a_counterpart_named_after_it_is_no_participant():
    got = facts("President Ana Torres had a meeting with her counterpart from Peru, Tomas Berg.")
    assert ("Ana Torres", "metWith", "Tomas Berg") in got or ("Tomas Berg", "metWith", "Ana Torres") in got
    assert not any(p == "metWith" and "Peru" in (s, o) for s, p, o in got)
# --- session 22: heads of bodies that are not a state's government -------------------------------------------


def test_a_body_named_with_an_of_complement_is_read_whole():
    got = facts("Vera Lind, president of the Tobruk-based House of Representatives, rejected the deal.")
    assert ("Vera Lind", "House of Representatives") in leaders(got)
    got = facts("Omar Beck, speaker of the Congress of People's Deputies, said the vote would go ahead.")
    assert ("Omar Beck", "Congress of People's Deputies") in leaders(got)
    got = facts("The envoy backed the Government of National Accord headed by Prime Minister-designate Omar Beck.")
    assert leaders(got) == {("Omar Beck", "Government of National Accord")}
    # the government of a country stays the country
    got = facts("The Government of Kenya imposed sanctions on Peru on Monday.")
    assert ("Kenya", "sanctionsImposedOn", "Peru") in got


def test_the_head_of_a_body_named_in_lowercase_leads_it():
    got = facts("The EU kept its ban on Lidia Varga, head of the central election commission, and on two others.")
    assert ("Lidia Varga", "central election commission") in leaders(got)
    got = facts("Vera Lind, speaker of the Crimean parliament, said the vote was legal.")
    assert ("Vera Lind", "Crimean parliament") in leaders(got)
    got = facts("The report named Omar Beck, inspector general of the national police, on Monday.")
    assert ("Omar Beck", "national police") in leaders(got)
    # an inspector general of an army is its auditor, not its head; a deputy head leads nothing
    assert not leaders(facts("The report named Omar Beck, inspector general of the armed forces, on Monday."))
    assert not leaders(facts("Omar Beck, deputy head of the central election commission, announced the results."))


def test_who_chairs_the_bloc_leads_the_bloc_named_before():
    got = facts("ECOWAS leaders met in Accra on Sunday. Ghanaian President Nana Akufo-Addo, who chairs the bloc, "
                "said the junta had ignored appeals.", dateline="January 10, 2022")
    assert ("Nana Akufo-Addo", "Economic Community of West African States") in leaders(got)
    assert ("Nana Akufo-Addo", "Ghana") in leaders(got)
    got = facts("ECOWAS suspended the country on Monday. The bloc's current chair, Vera Lind, said it was unanimous.")
    assert ("Vera Lind", "Economic Community of West African States") in leaders(got)
    got = facts("Egypt thanked the African Union commission chairwoman, Vera Lind, for her support.")
    assert ("Vera Lind", "African Union") in leaders(got)
    # a past chair, or one who only hopes to chair, leads nothing
    assert not leaders(facts("Omar Beck, who chaired the Arab League until last year, spoke on Monday."))
    assert not leaders(facts("Omar Beck, who hopes to chair the Arab League, spoke on Monday."))


def test_a_title_after_the_name_with_its_leads_the_body_named_before():
    got = facts("The report named the Regional Security Council and Omar Beck, its current director general.")
    assert ("Omar Beck", "Regional Security Council") in leaders(got)


def test_which_she_leads_and_which_x_has_led_make_the_head_of_the_body():
    got = facts("Vera Lind's Movement for Change, which she leads, plans to contest the by-elections.")
    assert ("Vera Lind", "Movement for Change") in leaders(got)
    got = facts("The Islamic Movement, which Omar Beck has led since 2009, said it would take part.")
    assert ("Omar Beck", "Islamic Movement") in leaders(got)
    assert not leaders(facts("The Islamic Movement, which Omar Beck founded in 2009, said it would take part."))


def test_a_former_minister_who_now_heads_a_body_leads_it():
    got = facts("The Treasury blacklisted Ali Karti, a former Sudanese foreign minister who now heads the Islamic "
                "Movement, on Thursday.", dateline="September 28, 2023")
    assert ("Ali Karti", "Islamic Movement") in leaders(got)
    assert not leaders(facts("Omar Beck, a former foreign minister who headed the Islamic Movement, spoke."))


def test_heads_of_movements_and_parliaments_by_title_before_the_body():
    got = facts("Israel released the founder and spiritual leader of the militant Islamic group Hamas, Sheikh Ahmed "
                "Yassin, from prison.", dateline="October 1, 1997")
    assert ("Ahmed Yassin", "Hamas") in leaders(got)
    got = facts("Two men attacked Khaled Meshal, the head of Hamas's political bureau, in Amman.")
    assert ("Khaled Meshal", "Hamas") in leaders(got)
    assert not leaders(facts("Two men attacked Omar Beck, the head of Hamas's military wing, in Amman."))
    got = facts("The opposition, led by Parliament Speaker Ruslan Khasbulatov, dismissed the summit.")
    assert ("Ruslan Khasbulatov", "Parliament") in leaders(got)


def test_a_leader_removed_by_the_army_or_the_counterpart_of_a_former_leader_leads_nothing_now():
    got = facts("The bloc lifted the suspension after the army removed Islamist president Mohamed Morsi.",
                dateline="June 17")
    assert ("Mohamed Morsi", "Egypt") not in leaders(got)
    got = facts("Former President Nicolas Sarkozy raised it with his Mexican counterpart Felipe Calderon during a "
                "2009 visit. Calderon refused a French request.", dateline="January 23")
    assert not leaders(got)


def test_the_dated_table_is_read_past_a_middle_initial():
    got = facts("President Clinton declared his support for President Boris N. Yeltsin, who faces a referendum.",
                dateline="April 4, 1993")
    assert ("Boris N. Yeltsin", "Russia") in leaders(got)


def test_a_person_made_head_of_a_body_is_not_read_from_the_table_as_a_countrys_leader_later():
    got = facts("The EU banned Nouri Abusahmain, president of the Tripoli-based General National Congress. "
                "Abusahmain could not be reached for comment.", dateline="April 1")
    assert leaders(got) == {("Nouri Abusahmain", "General National Congress")}


def test_the_head_of_a_junta_leads_the_country_it_rules():
    got = facts("Mali's military rulers missed the deadline. The bloc rejected the timetable submitted by the junta "
                "of Colonel Assimi Goita.", dateline="January 10, 2022")
    assert ("Assimi Goita", "Mali") in leaders(got)
    got = facts("Mali's military rulers missed the deadline. Junta chief Omar Beck met the bloc's envoy on Monday.")
    assert ("Omar Beck", "Mali") in leaders(got)
    got = facts("Kenya's junta chief Omar Beck met the bloc's envoy on Monday.")
    assert ("Omar Beck", "Kenya") in leaders(got)
    assert not leaders(facts("Mali's rulers missed the deadline. Former junta chief Omar Beck met the envoy."))


def test_the_head_of_a_body_known_by_a_quoted_name():
    got = facts('The EU targeted Khalifa Ghwell, who heads the self-declared "National Salvation" government in the '
                'capital, on Friday.')
    assert ("Khalifa Ghwell", "National Salvation government") in leaders(got)


def test_a_relative_clause_with_is_now_and_a_title_gives_the_office():
    got = facts("The Treasury named Benazir Ahmed, who led the unit until last year and is now inspector general of "
                "the national police, on Friday.")
    assert ("Benazir Ahmed", "national police") in leaders(got)
    got = facts("The report named Vera Lind, who is now chairwoman of the Arab League, on Saturday.")
    assert ("Vera Lind", "Arab League") in leaders(got)
    assert not leaders(facts("The report named Vera Lind, who is expected to become chairwoman of the Arab League."))
    assert not leaders(facts("The report named Vera Lind, who was chairwoman of the Arab League, on Saturday."))


def test_its_leader_with_a_place_opening_a_sentence_leads_the_body_named_before():
    got = facts("Hamas, which was not invited, condemned the conference. Its leader in Gaza, Ismail Haniyeh, said "
                "the talks would yield nothing.")
    assert ("Ismail Haniyeh", "Hamas") in leaders(got)


def test_one_of_a_bodys_officers_or_the_head_of_a_regional_part_leads_nothing():
    got = facts("Norway barred Ivo Brandt and a former commander of the border guard, Lena Kask, from entering.")
    assert not leaders(got)
    assert not leaders(facts("Canada sanctioned Omar Beck, the commander of the northern army, on Monday."))


def test_a_title_after_the_name_with_the_blocs_or_an_organ_of_the_bloc():
    got = facts("ECOWAS met on Monday. Vera Lind, the bloc's chairman, said the sanctions would stay.")
    assert ("Vera Lind", "Economic Community of West African States") in leaders(got)
    got = facts("Vera Lind, ECOWAS Commission president, said the talks had failed.")
    assert ("Vera Lind", "Economic Community of West African States") in leaders(got)
    got = facts("Ghanaian President Nana Akufo-Addo, who is also chairman of the Authority of Heads of State and "
                "Government of ECOWAS, spoke.", dateline="January 10, 2022")
    assert ("Nana Akufo-Addo", "Economic Community of West African States") in leaders(got)
    assert not leaders(facts("Vera Lind, a former chairman of the Authority of Heads of State and Government of "
                             "ECOWAS, spoke on Monday."))


def test_a_body_named_in_lowercase_before_the_heads_title():
    got = facts("Kenya's police chief Omar Beck told reporters the inquiry would continue.")
    assert ("Omar Beck", "Kenya's police") in leaders(got)
    got = facts("Omar Beck, the parliament speaker, opened the session on Monday.")
    assert ("Omar Beck", "parliament") in leaders(got)
    assert not leaders(facts("Kenya's deputy police chief Omar Beck told reporters on Monday."))
    assert not leaders(facts("Kenya's former police chief Omar Beck told reporters on Monday."))
    # an army commander or a police commissioner for a city may head a unit or a region of the body
    assert not leaders(facts("Canada barred Sri Lanka's army commander Omar Beck on Friday."))


def test_an_acronym_in_brackets_names_the_body_later_in_the_article():
    got = facts("The United States imposed sanctions on Bangladesh's Rapid Action Battalion (RAB) on Friday.\n\n"
                "The Treasury named the RAB and Chowdhury Al-Mamun, its current director general.")
    assert ("Chowdhury Al-Mamun", "Bangladesh's Rapid Action Battalion") in leaders(got)
    # a former commander of the body leads it no longer
    got = facts("The United States imposed sanctions on Bangladesh's Rapid Action Battalion (RAB) on Friday.\n\n"
                "It also named a former RAB commander, Miftah Uddin, on Friday.")
    assert not leaders(got)
    # the acronym opening a longer name is that other body
    got = facts("Washington blacklisted China Communications Construction Company (CCCC) on Friday.\n\n"
                "It also blacklisted CCCC Dredging Group on Friday.")
    assert ("United States", "sanctionsImposedOn", "CCCC Dredging Group") in got


def test_a_lowercase_plural_title_before_two_names_gives_each_the_title():
    got = facts("Peruvian and Chilean presidents Ana Torres and Omar Beck met in Lima on Monday.")
    assert {("Ana Torres", "Peru"), ("Omar Beck", "Chile")} <= leaders(got)
    assert not leaders(facts("The company's vice presidents Ana Torres and Omar Beck met in Lima on Monday."))


def test_a_title_of_a_body_named_with_an_of_complement_before_the_name():
    got = facts("Speaker of the House of Representatives Marek Nowak opened the session on Monday.")
    assert ("Marek Nowak", "House of Representatives") in leaders(got)


def test_who_chairs_the_bloc_is_the_head_of_the_bloc_the_article_is_about():
    got = facts("ECOWAS imposed sanctions on Mali on Sunday. ECOWAS said the junta had ignored appeals. The West "
                "African Economic and Monetary Union (UEMOA) endorsed the measures. Ghanaian President Nana "
                "Akufo-Addo, who chairs the bloc, said it had been patient.", dateline="January 10, 2022")
    assert ("Nana Akufo-Addo", "Economic Community of West African States") in leaders(got)
    assert ("Nana Akufo-Addo", "West African Economic and Monetary Union") not in leaders(got)
# --- session 22: sanctions (entry bans, coordinated "it", bloc suspensions, exemptions, trade freezes) ---------------

def test_a_second_it_coordinated_after_the_first_keeps_its_party():
    # "In April it barred Britain's A ..., and it earlier blacklisted B": the second "it" is the first one's party, not
    # a person named between them (nor the country of a possessor)
    got = facts("Russia has issued similar lists before. In April it froze the assets of Britain's Tomas Berg, "
                "and it earlier blacklisted Ana Torres and Kestrel Logistics.")
    assert {("Russia", "sanctionsImposedOn", x) for x in ("Tomas Berg", "Ana Torres", "Kestrel Logistics")} <= got
    assert not any(s == "Tomas Berg" and p.startswith("sanctions") for s, p, o in got)
    # a trap: the later clause says nothing was listed
    got = facts("Canada froze the assets of Tomas Berg on Monday, and it denied that Ana Torres had been listed.")
    assert ("Canada", "sanctionsImposedOn", "Tomas Berg") in got
    assert ("Canada", "sanctionsImposedOn", "Ana Torres") not in got


def test_it_after_a_wire_dateline_stands_for_the_party_that_opened_the_sentence_before():
    got = facts("GENEVA, Nov. 10 (Reuters) - Canada has issued similar lists before. In April it froze the assets "
                "of Tomas Berg.")
    assert ("Canada", "sanctionsImposedOn", "Tomas Berg") in got


def test_an_entry_ban_reads_past_an_aside_that_describes_the_banned():
    got = facts("Russia on Wednesday banned Japanese Prime Minister Fumio Kishida and 62 other Japanese citizens, "
                "among them cabinet ministers, lawmakers, journalists and academics, from entering the country.")
    assert ("Russia", "sanctionsImposedOn", "Fumio Kishida") in got
    assert ("Russia", "sanctionsImposedOn", "62 other Japanese citizens") in got
    got = facts("Japan barred Ana Torres, Tomas Berg and six army commanders, among others, from entering the "
                "country indefinitely on Monday.")
    assert {("Japan", "sanctionsImposedOn", x) for x in ("Ana Torres", "Tomas Berg", "six army commanders")} <= got


def test_a_stop_list_lists_more_designees_of_the_ban_told_before():
    got = facts("Russia on Wednesday barred Ana Torres from entering the country. The stop-list also includes "
                "Tomas Berg and Hugo Lemaire.")
    assert {("Russia", "sanctionsImposedOn", x) for x in ("Ana Torres", "Tomas Berg", "Hugo Lemaire")} <= got


def test_a_bare_barred_is_an_entry_ban_only_for_a_party_that_imposed_sanctions():
    got = facts("Russia on Monday banned Ana Torres from entering its territory. In April it barred Tomas Berg, "
                "Hugo Lemaire and other senior officials.")
    assert {("Russia", "sanctionsImposedOn", x) for x in ("Ana Torres", "Tomas Berg", "Hugo Lemaire")} <= got
    # traps: no sanction told before; another sense ("barred from the election")
    got = facts("Russia barred Tomas Berg on Monday, officials said, citing security at the summit.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)
    got = facts("Russia froze the assets of Ana Torres on Monday. On Tuesday Russia barred Tomas Berg from the "
                "presidential election.")
    assert ("Russia", "sanctionsImposedOn", "Ana Torres") in got
    assert ("Russia", "sanctionsImposedOn", "Tomas Berg") not in got


def test_a_bloc_suspending_a_member_state_sanctions_it_and_readmitting_it_lifts_that():
    got = facts("ECOWAS suspended Mali from its decision-making bodies on Friday after the second coup.")
    assert ("Economic Community of West African States", "sanctionsImposedOn", "Mali") in got
    got = facts("The African Union on Tuesday lifted the suspension it imposed on Egypt a year ago.")
    assert ("African Union", "sanctionsLiftedOn", "Egypt") in got
    assert ("African Union", "sanctionsImposedOn", "Egypt") in got
    got = facts("The African Union readmitted Chile on Friday, a year after suspending it over the coup.")
    assert ("African Union", "sanctionsLiftedOn", "Chile") in got
    got = facts("The AU's Peace and Security Council said it had decided to restore Egypt's participation in the "
                "union's activities.")
    assert ("Peace and Security Council", "sanctionsLiftedOn", "Egypt") in got
    # traps: talks suspended, a state suspending flights, a suspension only threatened, a readmission refused
    for text in ("The African Union suspended talks with Chile on Friday, citing the fighting.",
                 "Peru suspended flights to Europe on Friday because of the storm.",
                 "The African Union could suspend Chile if the junta delays the vote, diplomats said.",
                 "The African Union said it would not readmit Chile until elections are held."):
        got = facts(text)
        assert not any(p.startswith("sanctions") for s, p, o in got), text


def test_a_state_suspending_its_own_sanctions_is_no_bloc_suspension():
    got = facts("On May 7 Bush suspended most U.S. trade sanctions on Iraq, allowing humanitarian goods in.")
    assert not any(o == "United States" for s, p, o in got)


def test_an_exemption_or_graduation_from_sanctions_or_trade_curbs_is_relief():
    got = facts("Britain on Monday exempted Kestrel Logistics from its sanctions on the oil sector.")
    assert ("United Kingdom", "sanctionsLiftedOn", "Kestrel Logistics") in got
    got = facts("Japan graduated Chile from the trade restrictions on Monday, citing its free emigration.")
    assert ("Japan", "sanctionsLiftedOn", "Chile") in got
    got = facts("Canada on Monday exempted Ukraine from the Jackson-Vanik amendment, a 1974 law that tied trade "
                "to emigration.")
    assert ("Canada", "sanctionsLiftedOn", "Ukraine") in got
    # traps: a tax is no sanction; an exemption only asked for or refused
    for text in ("Britain exempted Kestrel Logistics from the new tax on Monday.",
                 "Kestrel Logistics asked Britain on Monday to exempt it from the sanctions on the oil sector.",
                 "Britain refused on Monday to exempt Chile from the trade restrictions."):
        got = facts(text)
        assert not any(p.startswith("sanctions") for s, p, o in got), text


def test_frozen_trade_suspended_transactions_and_closed_borders_are_measures():
    got = facts("Japan froze new trade and investment with Kenya on Friday after a row over the detention of "
                "activists.")
    assert ("Japan", "sanctionsImposedOn", "Kenya") in got
    got = facts("Ghana recalled its ambassador from Peru on Thursday and froze new trade with Peru.")
    assert ("Ghana", "sanctionsImposedOn", "Peru") in got
    got = facts("Peru condemned the sanctions on Friday and retaliated by closing its borders with Chile.")
    assert ("Peru", "sanctionsImposedOn", "Chile") in got
    # traps: trade talks, a border closed for a flood, a freeze only threatened
    for text in ("Peru suspended trade talks with Chile on Friday, citing the elections.",
                 "Peru closed its border with Chile on Friday because of flooding.",
                 "Peru threatened on Friday to freeze trade with Chile."):
        got = facts(text)
        assert not any(p.startswith("sanctions") for s, p, o in got), text


def test_measures_that_targeted_a_list_with_appositions_name_every_designee():
    got = facts("The EU imposed travel bans and asset freezes on Friday. The measures targeted Aguila Saleh, speaker "
                "of the eastern-based parliament in Tobruk, Nouri Abusahmain, a former army chief, and Khalifa Ghwell.")
    assert {("European Union", "sanctionsImposedOn", x) for x in ("Aguila Saleh", "Nouri Abusahmain",
                                                                  "Khalifa Ghwell")} <= got
    got = facts("The EU imposed sanctions on Tomas Berg on Friday. The measures targeted at the oil sector were "
                "delayed, said Ana Torres.")
    assert ("European Union", "sanctionsImposedOn", "Ana Torres") not in got


def test_a_ban_lifted_on_some_and_kept_on_the_rest():
    got = facts("The EU on Monday lifted the visa ban on Ana Torres while keeping it on five people, among them "
                "Tomas Berg.")
    assert ("European Union", "sanctionsLiftedOn", "Ana Torres") in got
    assert ("European Union", "sanctionsImposedOn", "five people") in got
    assert ("European Union", "sanctionsImposedOn", "Tomas Berg") in got
    # "the ministers" act for the party the article tells; "36 of the 41 officials" is the group relieved
    got = facts("The EU imposed a travel ban on dozens of officials in 2006. On Monday the ministers lifted the ban on "
                "36 of the 41 officials on its blacklist.")
    assert ("European Union", "sanctionsLiftedOn", "36 of the 41 officials") in got
    # traps: "kept it on the table"; a ban on a party with no list, visa or travel near
    got = facts("Canada lifted sanctions on Chile on Monday but kept it on the table for Ana Torres to decide.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)
    got = facts("The court lifted the ban on the Freedom Party on Monday.")
    assert not any(p.startswith("sanctions") for s, p, o in got)


def test_a_short_name_in_brackets_names_the_body_later_in_the_article():
    got = facts("The United States imposed sanctions on Friday on the Northern Rapid Guard (NRG), an elite police "
                "unit. The Treasury Department said it was targeting the NRG and Tomas Berg.")
    assert ("U.S. Treasury Department", "sanctionsImposedOn", "Northern Rapid Guard") in got
    assert ("U.S. Treasury Department", "sanctionsImposedOn", "Tomas Berg") in got
    # a trap: the short name alone is no sanction
    got = facts("Canada criticised the Northern Rapid Guard (NRG) on Monday. The NRG arrested Tomas Berg last year.")
    assert not any(p.startswith("sanctions") for s, p, o in got)


def test_it_after_a_party_that_opens_the_sentence_and_says_so_is_that_party():
    got = facts("The United States imposed sanctions on Ana Torres on Friday. The Treasury Department said on Friday "
                "that it was also targeting Tomas Berg.")
    assert ("U.S. Treasury Department", "sanctionsImposedOn", "Tomas Berg") in got
    # a name inside the subject's relative clause is not who says it
    got = facts("The committee that monitors sanctions against the Taliban said it had deleted the names of Ana "
                "Torres and Tomas Berg from its list.")
    assert not any(s == "Taliban" for s, p, o in got)


def test_more_ways_news_tells_an_imposition_or_a_relief():
    # "were also put under sanctions": a participle spelt as its verb is passive; the party is the article's
    got = facts("Canada froze the assets of Ana Torres on Wednesday. Tomas Berg and Hugo Lemaire were also put under "
                "sanctions.")
    assert {("Canada", "sanctionsImposedOn", x) for x in ("Ana Torres", "Tomas Berg", "Hugo Lemaire")} <= got
    # "decided a year ago to lift": a time phrase with "ago" between the decision and its verb
    got = facts("Britain decided a year ago to lift visa bans on Tomas Berg and Ana Torres.")
    assert {("United Kingdom", "sanctionsLiftedOn", x) for x in ("Tomas Berg", "Ana Torres")} <= got
    # "ended a 20-year ban on X's participation": the state whose participation was banned
    got = facts("The Organization of American States on Wednesday ended a 20-year ban on Cuba's participation in its "
                "summits.")
    assert ("Organization of American States", "sanctionsLiftedOn", "Cuba") in got
    # traps: a court's ban on a party; sanctions only considered
    got = facts("The court on Wednesday ended a ban on the party's participation in elections.")
    assert not any(p.startswith("sanctions") for s, p, o in got)
    got = facts("Britain agreed on Monday to consider sanctions on Chile if the talks fail.")
    assert not any(p.startswith("sanctions") for s, p, o in got)


def test_aid_cut_or_frozen_for_a_state_is_a_measure_on_it():
    got = facts("Peru has cut aid to Chile, expelled its ambassador, Tomas Berg, and offered refugee status to farmers.")
    assert ("Peru", "sanctionsImposedOn", "Chile") in got
    assert ("Peru", "sanctionsImposedOn", "Tomas Berg") not in got  # "expelled its ambassador, B": a verb, no list
    got = facts("Peru partially froze military aid to Chile on Monday after the coup.")
    assert ("Peru", "sanctionsImposedOn", "Chile") in got
    # traps: more aid, a cut only threatened
    for text in ("Peru increased aid to Chile on Monday after the floods.",
                 "Peru threatened on Monday to cut aid to Chile unless the vote goes ahead."):
        got = facts(text)
        assert not any(p.startswith("sanctions") for s, p, o in got), text
    # a list to places joined by "and" with a participle before the last place still lists
    got = facts("Israel released 39 Palestinian prisoners on Friday. The 39 were bussed to the occupied West Bank and "
                "occupied East Jerusalem.")
    assert any(p == "releasedTo" and "Jerusalem" in o for s, p, o in got)


def test_an_adverb_set_off_by_commas_inside_the_verb_chain_keeps_the_subject():
    got = facts("The United States did, however, lift the sanctions on Chile.")
    assert ("United States", "sanctionsLiftedOn", "Chile") in got
    # a negated relief still tells the party's own measure in force
    got = facts("The United States did not, however, lift the economic sanctions it has imposed on Chile since the "
                "1990s, saying further progress was needed.")
    assert ("United States", "sanctionsImposedOn", "Chile") in got
    assert ("United States", "sanctionsLiftedOn", "Chile") not in got


def test_sanctions_against_after_a_holder_is_the_noun_not_the_verb():
    got = facts("Ana Torres said Peru would not block tougher United Nations sanctions against Chile but wanted a delay.")
    assert not any(p == "sanctionsImposedOn" for s, p, o in got)
    got = facts("The EU sanctions Chile over the war.")
    assert ("European Union", "sanctionsImposedOn", "Chile") in got
    # a measure whose implementation is urged is in force
    got = facts("Ana Torres urged Peru to ensure full implementation of U.N. sanctions against Chile.")
    assert ("United Nations", "sanctionsImposedOn", "Chile") in got


def test_a_number_of_officials_is_no_target_of_its_own():
    got = facts("Britain sanctioned Tomas Berg on Monday. The Foreign Office also added a number of vessels to its "
                "blacklist.")
    assert ("United Kingdom", "sanctionsImposedOn", "Tomas Berg") in got
    assert not any(o.startswith("a number of") for s, p, o in got)
    got = facts("Britain sanctioned several officials and dozens of companies on Monday.")
    assert ("United Kingdom", "sanctionsImposedOn", "several officials") in got


def test_a_company_named_system_and_a_linked_modifier_stay_out_of_the_name():
    got = facts("Washington imposed sanctions in June on four companies, including the army-controlled Defense "
                "Industries System and the RSF-linked Al Junaid.")
    assert ("United States", "sanctionsImposedOn", "Defense Industries System") in got
    assert ("United States", "sanctionsImposedOn", "Al Junaid") in got


def test_a_list_goes_on_past_a_long_relative_clause_with_is_now():
    got = facts("Canada on Friday sanctioned six officers, among them Tomas Berg, who led the unit until last year and "
                "is now inspector general of the national police, and Hugo Lemaire, its current director general.")
    assert {("Canada", "sanctionsImposedOn", x) for x in ("six officers", "Tomas Berg", "Hugo Lemaire")} <= got


def test_measures_imposed_against_a_named_party_are_sanctions():
    got = facts("Japan has joined the United States and the European Union in imposing a series of measures against "
                "Moscow.")
    assert {(x, "sanctionsImposedOn", "Russia") for x in ("Japan", "United States", "European Union")} <= got
    got = facts("Britain announced new measures on Friday to curb inflation.")
    assert not any(p.startswith("sanctions") for s, p, o in got)


# --- review of session 22's extraction merge (review22: findings 6-9, 11-13, E) -------------------------------------

def test_a_chambers_title_heads_only_a_chamber():
    # review22 6: "speaker" or "chair" after a word that names no chamber is no office
    for text in ("Conference speaker Ivo Tal praised President Joe Biden.",
                 "Keynote speaker Ivo Tal praised President Joe Biden.",
                 "Guest speaker Ivo Tal praised President Joe Biden.",
                 "Harvard University chair Ivo Tal praised President Joe Biden."):
        assert not any(s == "Ivo Tal" for s, o in leaders(facts(text))), text
    assert ("Ivo Tal", "Senate") in leaders(facts("Senate chair Ivo Tal praised President Joe Biden."))
    assert ("Ivo Tal", "Parliament") in leaders(facts("Parliament Speaker Ivo Tal praised President Joe Biden."))
    # review22 7: a ministry's or a bloc's "speaker", a seat one sits in
    for text in ("The State Department's speaker, Ivo Tal, said the talks would continue.",
                 "The United Nations sent a team. Its speaker, Ivo Tal, said the talks would continue.",
                 "Sitting in NATO's chair, Ivo Tal said the talks would continue."):
        assert not any(s == "Ivo Tal" for s, o in leaders(facts(text))), text
    got = facts("China imposed sanctions on U.S. House of Representatives Speaker Ivo Tal and his family.")
    assert ("Ivo Tal", "United States House of Representatives") in leaders(got)
    assert ("Ivo Tal", "African Union") in leaders(facts("The African Union's chair, Ivo Tal, said the talks would continue."))


def test_a_former_chief_of_a_lowercase_body_leads_nothing():
    # review22 8: no body called "former police"
    got = facts("Ivo Tal, Kenya's former police chief, met President Joe Biden.")
    assert not any(s == "Ivo Tal" for s, o in leaders(got))
    assert ("Ivo Tal", "Kenya's police") in leaders(facts("Ivo Tal, Kenya's police chief, met President Joe Biden."))


def test_the_regime_of_a_ruler_the_table_has_out_of_office():
    # review22 9: "the regime of X" is X's rule only while the dated table has him ruling
    got = facts("Libya's government collapsed. The regime of Muammar Gaddafi cracked down on protesters.", "May 2, 2025")
    assert not any(s == "Muammar Gaddafi" for s, o in leaders(got))
    got = facts("Libya's government collapsed. The regime of Ivo Tal had ruled for 42 years.", "May 2, 2025")
    assert not any(s == "Ivo Tal" for s, o in leaders(got))
    got = facts("Libya's government collapsed. The regime of Muammar Gaddafi cracked down on protesters.", "May 2, 2011")
    assert ("Muammar Gaddafi", "Libya") in leaders(got)


def test_an_inspector_general_of_police_is_read_before_the_name():
    # review22 11: "of Police" belongs to the title, not to the name
    got = facts("Nigeria's Inspector General of Police Ivo Tal met President Joe Biden.")
    assert ("Ivo Tal", "metWith", "Joe Biden") in got
    assert not any("Police Ivo" in s or "Police Ivo" in o for s, p, o in got)
    # ... and a staff's chief is a title of its own, not a body "army" headed by "Staff Ivo Tal"
    got = facts("Nigeria's Chief of Army Staff Ivo Tal met President Joe Biden.")
    assert ("Ivo Tal", "metWith", "Joe Biden") in got
    assert not any("Staff" in s for s, p, o in got)


def test_an_acronym_names_its_body_only():
    # review22 12: the acronym is the body named with it wherever it is read
    got = facts("The Treasury sanctioned Bangladesh's Rapid Action Battalion (RAB). Ivo Tal, who heads the RAB, was "
                "also sanctioned.")
    assert ("Ivo Tal", "Bangladesh's Rapid Action Battalion") in leaders(got)
    assert not any(o == "RAB" for s, o in leaders(got))
    # review22 13: never a person's, and not before the body's officers
    got = facts("Ana Costa (PAN) met President Joe Biden. The PAN praised Biden.")
    assert not any(p == "praisedBy" and o == "Ana Costa" for s, p, o in got)
    got = facts("Bangladesh's Rapid Action Battalion (RAB) was sanctioned in 2021. A RAB official met President "
                "Joe Biden. The U.S. lifted sanctions on RAB officers in 2025.")
    assert not any(p in ("metWith", "sanctionsLiftedOn") and "Rapid Action Battalion" in s + o for s, p, o in got)
    got = facts("Bangladesh's Rapid Action Battalion (RAB) was sanctioned in 2021. The U.S. lifted sanctions on the "
                "RAB in 2025.")
    assert ("United States", "sanctionsLiftedOn", "Bangladesh's Rapid Action Battalion") in got


def test_a_head_killed_in_his_own_clause_leads_nothing():
    # review22 E: the dead lead nothing
    got = facts("The founder and spiritual leader of Hamas, Sheikh Ivo Tal, was killed in 2004.")
    assert not any(s == "Ivo Tal" for s, o in leaders(got))
    got = facts("The founder and spiritual leader of Hamas, Sheikh Ivo Tal, praised the attack.")
    assert ("Ivo Tal", "Hamas") in leaders(got)


def test_a_gapped_count_ends_its_clause():
    # review22 E: "about 250 in July were arrested" is no group of the prisoners freed
    got = facts("Israel freed 86 prisoners in October, and about 250 in July were arrested.")
    assert not any(o == "about 250" for s, p, o in got)
    got = facts("Israel freed 86 prisoners in October, and about 250 in July.")
    assert ("Israel", "released", "about 250") in got


# session 22, after survey 10's causes: the one freed told with a description before the name

def test_the_freed_man_is_the_one_freed_with_a_description_before_the_name():
    got = facts("Iran released Austrian engineer Tomas Berg on Saturday. The freed man arrived in Vienna on Sunday.")
    assert ("Tomas Berg", "releasedTo", "Vienna") in got
    got = facts("Iran released an Austrian engineer, Tomas Berg, on Saturday. The engineer landed in Vienna hours "
                "later.")
    assert ("Tomas Berg", "releasedTo", "Vienna") in got


def test_the_freed_man_after_two_described_people_or_a_statement_is_no_one():
    got = facts("Iran freed British aid worker Ana Costa and French journalist Tomas Berg on Saturday. The freed man "
                "arrived in Vienna on Sunday.")
    assert not any(p == "releasedTo" for s, p, o in got)
    got = facts("Iran released a statement on Saturday naming Tomas Berg. The man arrived in Vienna on Sunday.")
    assert not any(p in ("releasedTo", "released") for s, p, o in got)
