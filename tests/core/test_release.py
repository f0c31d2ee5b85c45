"""Big containers are emptied a slice at a time, whatever their size."""

from bilingual_reader.core.release import in_slices


def test_lists_and_dicts_of_any_size_are_emptied_and_none_is_skipped():
    big_list, small_list = list(range(2_345)), [1]
    big_dict = {k: str(k) for k in range(3_001)}
    in_slices(big_list, None, big_dict, small_list, [])
    assert big_list == [] and big_dict == {} and small_list == []
