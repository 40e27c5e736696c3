"""Settings, places and titles around a speech verb that are never its speaker."""

from __future__ import annotations

from nato_reader.core.record import LOCATION, ORG, PERSON
from tests.core.test_speakers import name, speakers, title


def test_a_rally_and_its_province_between_a_fronted_subject_and_the_particle() -> None:
    text = "قال محمد سالم إن الأسعار سترتفع. والمرشح أحمد ماهر قال خلال مؤتمر جماهيري في " \
           "محافظة الشرقية إن برنامجه جاهز."
    names = [name(text, PERSON, "محمد سالم"), name(text, PERSON, "أحمد ماهر"),
             name(text, LOCATION, "الشرقية")]
    assert [s[2] for s in speakers(text, names)] == ["محمد سالم", "أحمد ماهر"]


def test_a_popular_meeting_in_a_city_after_the_subject_feminine() -> None:
    text = "وقالت الوزيرة ليلى حسن خلال لقاء شعبي في مدينة طنطا إن الحكومة ستدعم المزارعين."
    names = [name(text, PERSON, "ليلى حسن"), name(text, LOCATION, "طنطا")]
    assert [s[2] for s in speakers(text, names)] == ["ليلى حسن"]


def test_a_city_before_a_participle_is_where_not_who() -> None:
    for verb, participle, person in (("ورد", "قائلا", "سامي عودة"), ("وردت", "قائلة", "منى حداد")):
        text = f"{verb} {person} على ذلك خلال زيارة إلى الإسكندرية {participle}: «سنواصل العمل»."
        names = [name(text, PERSON, person), name(text, LOCATION, "الإسكندرية")]
        assert [s[2] for s in speakers(text, names)] == [person]


def test_the_adjective_of_the_medium_a_speaker_talked_to() -> None:
    text = 'قال محمد سالم إن الأسعار سترتفع. وكان الرئيس كمال يونس قد قال في مقابلة مع ' \
           'الإذاعة الرسمية إن العلاقات "لن تكون طبيعية".'
    salem, younes = name(text, PERSON, "محمد سالم"), name(text, PERSON, "كمال يونس")
    names = [salem, younes]
    out = speakers(text, names, [title(text, "الرئيس", younes)])
    assert [s[2] for s in out] == ["محمد سالم", "كمال يونس", "كمال يونس"]


def test_a_description_ending_in_a_name_before_qad() -> None:
    text = "قالت سارة خليل إن الأسعار سترتفع. وكانت المرشحة عن الحزب الاشتراكي ليلى حسن قد " \
           "أكدت أن المنافسة صعبة."
    names = [name(text, PERSON, "سارة خليل"), name(text, ORG, "الحزب الاشتراكي"),
             name(text, PERSON, "ليلى حسن")]
    assert [s[2] for s in speakers(text, names)] == ["سارة خليل", "ليلى حسن"]


def test_a_body_that_condemned_in_quotation_marks_then_said() -> None:
    text = 'قال محمد سالم إن الأسعار سترتفع. ودان اتحاد العمال في بيان "القمع المتواصل"، ' \
           'وقال إن العمال لن يتراجعوا.'
    names = [name(text, PERSON, "محمد سالم"), name(text, ORG, "اتحاد العمال")]
    assert [s[2] for s in speakers(text, names)] == ["محمد سالم", "اتحاد العمال", "اتحاد العمال"]


def test_a_title_with_the_pronoun_of_its_body_then_a_name() -> None:
    for verb, head, person in (("وقال", "رئيسها", "فادي منصور"), ("وقالت", "رئيستها", "منى حداد"),
                               ("وقال", "زعيمهم", "سامر عودة")):
        text = f"{verb} {head} {person} للصحفيين إن المصارف ستغلق."
        assert [s[2] for s in speakers(text, [])] == [person]
        known = name(text, PERSON, person)
        assert speakers(text, [known]) == [("CLAIM", "المصارف ستغلق", person, person)]


def test_how_an_office_is_held_is_not_part_of_the_name() -> None:
    for qualifier in ("بالإنابة", "بالوكالة"):
        text = f"وقال حاكم المصرف المركزي {qualifier} كريم يوسف إن الخطة جاهزة."
        out = speakers(text, [], [title(text, "حاكم المصرف المركزي")])
        assert [s[2] for s in out] == ["كريم يوسف"]
        karim = name(text, PERSON, "كريم يوسف")
        out = speakers(text, [karim], [title(text, "حاكم المصرف المركزي")])
        assert out == [("CLAIM", "الخطة جاهزة", "كريم يوسف", "كريم يوسف")]
