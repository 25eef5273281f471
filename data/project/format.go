package project

// Header opens every project file Caravan writes: the format, documented
// where the analyst reads it.
const Header = `# Caravan project: an analyst's decisions about one corpus.
#
# Caravan computes dates, events and links from the articles; this file
# lists what the analyst decided on top of that, oldest first. The articles
# are never modified. Each [[decision]] has an id (unique), an op, the time
# it was made (UTC) and its author, and the fields its op uses:
#
#   event.rename      event, title
#   event.summary     event, summary
#   event.date        event, start, [end], [earliest, latest]
#                     dates are "YYYY-MM-DD", "YYYY-MM" or "YYYY": the form
#                     is the precision; earliest/latest bound an uncertain date
#   event.storyline   event, storyline
#   event.place       event, place          (a names id or free text)
#   event.actors      event, actors = [...]
#   event.new         new (id), title, start, [end], [storyline], [summary],
#                     [passages = ["ARTICLE#PARAGRAPH", ...]]
#   event.hide        event                 (restore with event.restore)
#   event.merge       events = [kept, merged...], [title]
#   event.split       event, new (id), passages, [title]
#   event.status      event, status = "confirmed" | "cancelled" | ""
#   link.add          event, article, paragraph, [quote]
#   link.remove       event, article, paragraph, [quote]   (marked wrong)
#   storyline.new     storyline, title      (also storyline.rename)
#   storyline.order   order = [storyline ids, top lane first]
#   storyline.hide    storyline             (restore with storyline.restore)
#   article.date      article, date, [reason]
#   article.mark      article, mark = "duplicate" | "irrelevant" | "", [reason]
#   note              text, and one of: event | storyline | article [+ paragraph]
#   star, unstar      one of: event | storyline | article [+ paragraph]
#   tag, untag        tag, and one of: event | storyline | article [+ paragraph]
#   deck.slides       slides = [event ids, first slide first]: the events a
#                     presentation shows, in order; the latest one counts
#   storyline.define  storyline, title      (a storyline of the catalogue)
#   event.define      event, title, start, [end], storyline, [place],
#                     [actors = [...]], [summary], and a [decision.terms]
#                     table: language = ["words", ...] ("*": any language).
#                     An event of the catalogue, in catalogue.toml's keys;
#                     in the project saved beside the corpus folder, its
#                     terms and names link it while the folder is read,
#                     elsewhere it links when the decision is applied
#   storyline.withdraw  storyline   a declaration undone and left behind:
#   event.withdraw      event       what the corpus was read with is left out
#
# Paragraphs are counted from 0 in the order the article's distinct
# paragraphs appear; quote is the paragraph's first words when the decision
# was made, so a decision about an edited article is reported, not misplaced.

`
