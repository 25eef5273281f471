package data

import "testing"

// A number with 号 after a Han letter is a numbered name, not a day of the
// month: probes, ships and rockets ("嫦娥6号", "神舟18号", "长征5号",
// "天宫2号", "第3号台风"). The day alone with 日 after a letter, and 号 after
// its month, after a word that puts a time or after no Han letter, stay
// dates. Each article has the publication month as header.
func TestNumberedNamesAreNoDays(t *testing.T) {
	for _, c := range []struct {
		name, text string
		days       []string // the words read as dates
	}{
		{"probe", "国家航天局宣布，嫦娥6号探测器已进入环月轨道，任务进展顺利。", nil},
		{"crew ship in quotes", "“神舟18号”载人飞船顺利返回，三名航天员身体状况良好。", nil},
		{"rocket and station", "长征5号运载火箭将天宫2号的补给送入轨道。", nil},
		{"typhoon", "第3号台风在沿海登陆，当地启动应急响应。", nil},
		{"day with 日 after a letter", "习近平4日晚抵达阿斯塔纳，开始国事访问。", []string{"4日"}},
		{"day with 号 after its month", "代表团7月4号抵达北京，双方举行会谈。", []string{"7月4号"}},
		{"day with 号 after 于", "会议于4号在北京举行，各方代表出席。", []string{"4号"}},
		{"days with 号 after 到 and 和", "展览从3号到9号开放，周末和10号延长开放时间。", []string{"3号", "9号", "10号"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, "zh", "2024-07", c.text)
			dateAlone(a, nil, nil)
			var got []string
			for _, m := range a.Mentions {
				if m.Kind == MentionExplicit {
					got = append(got, m.Text)
				}
			}
			if len(got) != len(c.days) {
				t.Fatalf("days read %q, want %q", got, c.days)
			}
			for i := range got {
				if got[i] != c.days[i] {
					t.Errorf("days read %q, want %q", got, c.days)
				}
			}
		})
	}
}
