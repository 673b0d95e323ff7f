package extract_test

import (
	"testing"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/graph"
)

// patternCase is one case of a relation pattern, or of a rule by which
// the structure states a relation: extracting docs (the final reading)
// gives the claim subj pred obj, stated by the rule.
type patternCase struct {
	rule            string
	docs            []string
	subj, pred, obj string
}

// The documents of the pattern cases: pages whose structure types the
// names the prose then relates.
const (
	seriesPage  = "= Nightfall (TV series) =\n\n"
	relatedPage = seriesPage + "Infobox\n- Related: Harbor, Harbor: Legacy\n- Network: Amazon Prime Video\n\n"
	crewPage    = seriesPage + "== Cast ==\n=== Main ===\n" +
		"- Lena Marsh as Ivy Cole, a night-shift detective\n" +
		"- Kevin Dunn as Gary Pearlman, a retired accountant\n" +
		"- Mike Stone as Ted Rawls, a reserve officer\n"
)

// castWith is a cast page whose last line is line.
func castWith(line string) string { return seriesPage + "== Cast ==\n=== Main ===\n" + line + "\n" }

var patternCases = []patternCase{
	{"executive-producers-list", []string{crewPage, "The team behind Nightfall includes executive producers Dana Whitfield, Omar Reyes and Tom Vale.\n"}, "Omar Reyes", "EXECUTIVE_PRODUCER_OF", "Nightfall"},
	{"network-possessive-list", []string{crewPage, "Last year HBO’s Harbor Lights, Cold Harbor, and Low Tide all drew fewer viewers.\n"}, "Low Tide", "AIRS_ON", "HBO"},
	{"actor-as-character", []string{crewPage, "The sequel sees Kevin Dunn reprising his role as Quill.\n"}, "Kevin Dunn", "PLAYS", "Quill"},
	{"created-by", []string{crewPage, "Nightfall was adapted for television by Dana Whitfield from the novel.\n"}, "Dana Whitfield", "CREATED", "Nightfall"},
	{"title-by-author", []string{crewPage, "It is based on the book \"Midnight Files\" by British author Carla Venn.\n"}, "Carla Venn", "WROTE", "Midnight Files"},
	{"spinoff-of-list", []string{crewPage, "Nightfall, the long-awaited spinoff to Harbor Lights, premieres in May.\n"}, "Nightfall", "SPINOFF_OF", "Harbor Lights"},
	{"directs-episodes", []string{crewPage, "For Nightfall, director Tom Vale will direct the first two entries.\n"}, "Tom Vale", "DIRECTED", "Nightfall"},
	{"character-paren-noun-actor", []string{crewPage, "She meets Quill (Boston native Kevin Dunn) at the docks.\n"}, "Kevin Dunn", "PLAYS", "Quill"},
	{"toplined-by", []string{crewPage, "Nightfall, toplined by Lena Marsh and Kevin Dunn, returns in May.\n"}, "Kevin Dunn", "STARS_IN", "Nightfall"},
	{"name-the-kin-of", []string{crewPage, "Ann Vale (Lena Marsh), the estranged wife of cartel boss Gary Pearlman, runs the port.\n"}, "Ann Vale", "ROMANTIC_PARTNER_OF", "Gary Pearlman"},
	{"pronoun-executive-producer", []string{crewPage, "Dana Whitfield wrote the pilot. She also served as executive producer on Harbor Lights.\n"}, "Dana Whitfield", "EXECUTIVE_PRODUCER_OF", "Harbor Lights"},
	{"pronoun-created", []string{crewPage, "Dana Whitfield began as a playwright. She later created Harbor Lights for Kay.\n"}, "Dana Whitfield", "CREATED", "Harbor Lights"},
	{"lead-role-in", []string{crewPage, "Lena Marsh has the lead role in the HBO series \"Nightfall.\"\n"}, "Lena Marsh", "STARS_IN", "Nightfall"},
	{"character-actor-credit", []string{crewPage, "We meet Ivy Cole (Lena Marsh, Dockside) on her first night.\n"}, "Lena Marsh", "PLAYS", "Ivy Cole"},
	{"appositive-org-role", []string{crewPage, "The story follows Ted Rawls (Mike Stone), a CIA operative running from his past.\n"}, "Ted Rawls", "MEMBER_OF", "CIA"},
	{"actor-as-character", []string{crewPage, "In the pilot Lena Marsh plays Quill with verve.\n"}, "Lena Marsh", "PLAYS", "Quill"},
	{"actor-as-character", []string{crewPage, "Lena Marsh starred as primary character Dr. Ray Hobb before leaving the show.\n"}, "Lena Marsh", "PLAYS", "Ray Hobb"},
	{"actor-as-character", []string{crewPage, "Also joining the cast are Kevin Dunn (Salt Flats) as lawyer Ray Hobb; Lena Marsh (I, Witness) as Quill, a witness in the case.\n"}, "Kevin Dunn", "PLAYS", "Ray Hobb"},
	{"actor-as-character", []string{crewPage, "Also joining the cast are Kevin Dunn (Salt Flats) as lawyer Ray Hobb; Lena Marsh (I, Witness) as Quill, a witness in the case.\n"}, "Lena Marsh", "PLAYS", "Quill"},
	{"actor-as-character", []string{crewPage, "The studio said Lena Marsh would reprise her role as Quill.\n"}, "Lena Marsh", "PLAYS", "Quill"},
	{"actor-as-character", []string{crewPage, "Also cast are Nina Falk as Rosa Lind and Omar Vance as Petra Holm.\n"}, "Omar Vance", "PLAYS", "Petra Holm"},
	{"actor-as-character", []string{crewPage, "Kevin Dunn, meanwhile, will play Quill, a retired sailor.\n"}, "Kevin Dunn", "PLAYS", "Quill"},
	{"credit-in-title-as", []string{crewPage, "Later she appeared on Kay's Harbor Lights as Tovin Rusk and in Low Tide as Jessa Morrow.\n"}, "Tovin Rusk", "APPEARS_IN", "Harbor Lights"},
	{"credit-in-title-as", []string{crewPage, "Later she appeared in Nightfall as Tovin Rusk and on Harbor Lights as Jessa Morrow.\n"}, "Jessa Morrow", "APPEARS_IN", "Harbor Lights"},
	{"credit-in-title-as", []string{crewPage, "Her roles include stints on Nightfall and, most recently, on Harbor Lights as Jessa Morrow.\n"}, "Jessa Morrow", "APPEARS_IN", "Harbor Lights"},
	{"appeared-in-series-as", []string{crewPage, "She also appeared in several episodes of Nightfall as Rosa Lind, a nurse.\n"}, "Rosa Lind", "APPEARS_IN", "Nightfall"},
	{"character-paren-described-actor", []string{crewPage, "The finale pairs Ivy Cole with Marion (the wonderful Kevin Dunn) at last.\n"}, "Kevin Dunn", "PLAYS", "Marion"},
	{"character-played-by", []string{crewPage, "Ivy Cole, played by Lena Marsh, rarely sleeps.\n"}, "Lena Marsh", "PLAYS", "Ivy Cole"},
	{"character-played-by", []string{crewPage, "His character is a foil to the quirky Ivy Cole, the character played by Lena Marsh, who solves cases.\n"}, "Lena Marsh", "PLAYS", "Ivy Cole"},
	{"character-played-by", []string{crewPage, "Much comes from the absence of Ivy Cole, played inimitably by the late Lena Marsh.\n"}, "Lena Marsh", "PLAYS", "Ivy Cole"},
	{"actor-as-character", []string{crewPage, "The news confirmed that Lena Marsh would reprise her role as Ivy Cole.\n"}, "Lena Marsh", "PLAYS", "Ivy Cole"},
	{"premise-leads", []string{seriesPage + "The series follows detective Ivy Cole, played by Ann Dale, and Gil Ortega, played by Tom Vole.\n"}, "Tom Vole", "STARS_IN", "Nightfall"},
	{"premise-leads", []string{seriesPage + "The first season followed detectives Ivy Cole (Ann Dale) and Gil Ortega (Tom Vole) as they worked a case.\n"}, "Ann Dale", "STARS_IN", "Nightfall"},
	{"series-network-note", []string{seriesPage + "That was the climax of Nightfall (BBC One) last night.\n"}, "Nightfall", "AIRS_ON", "BBC One"},
	{"series-on-network", []string{seriesPage + "Lena Marsh recently appeared in Harbor Lights on TNT.\n"}, "Harbor Lights", "AIRS_ON", "TNT"},
	{"starring-list", []string{crewPage + "\nThe drama, starring Lena Marsh and Kevin Dunn, returns in May.\n"}, "Kevin Dunn", "STARS_IN", "Nightfall"},
	{"starring-list", []string{crewPage + "\nThe first season starred actors Lena Marsh and Kevin Dunn as two detectives.\n"}, "Kevin Dunn", "STARS_IN", "Nightfall"},
	{"starring-list", []string{crewPage + "\nThe first season featured Ann Dale (Harbor Lights), Tom Vole (The Salt Road), and Ivo Brandt.\n"}, "Ivo Brandt", "STARS_IN", "Nightfall"},
	{"starring-list", []string{crewPage + "\nThe first season featured Ann Dale (Harbor Lights), Tom Vole (The Salt Road), and Ivo Brandt.\n"}, "Tom Vole", "STARS_IN", "Nightfall"},
	{"starring-cast-run", []string{crewPage + "\nThe series stars Lena Marsh as Ivy Cole alongside Kevin Dunn with Mike Stone as Ted Rawls.\n"}, "Mike Stone", "STARS_IN", "Nightfall"},
	{"starring-as-list", []string{crewPage + "\nThe series also stars Lena Marsh as Ivy Cole, Kevin Dunn as Gary Pearlman and Mike Stone as Ted Rawls.\n"}, "Mike Stone", "STARS_IN", "Nightfall"},
	{"series-star-name", []string{crewPage, "Nightfall Season 2 star Kevin Dunn says the ending surprised him.\n"}, "Kevin Dunn", "STARS_IN", "Nightfall"},
	{"joins-series-as", []string{crewPage + "\nNina Falk joins the crime drama as new boss DCI Ivy Cole.\n"}, "Nina Falk", "STARS_IN", "Nightfall"},
	{"list-star-in", []string{crewPage, "Lena Marsh and Kevin Dunn star in Nightfall.\n"}, "Kevin Dunn", "STARS_IN", "Nightfall"},
	{"list-star-alongside", []string{crewPage + "\nNina Falk, Omar Vance, and others star alongside Lena Marsh.\n"}, "Omar Vance", "STARS_IN", "Nightfall"},
	{"created-by", []string{seriesPage + "The series was created by Dana Whitfield and Omar Reyes.\n"}, "Omar Reyes", "CREATED", "Nightfall"},
	{"list-created", []string{seriesPage + "In 2019 Dana Whitfield created the series.\n"}, "Dana Whitfield", "CREATED", "Nightfall"},
	{"list-created", []string{seriesPage + "Dana Whitfield, who developed the series for television, left in 2020.\n"}, "Dana Whitfield", "CREATED", "Nightfall"},
	{"credited-as-creator", []string{seriesPage + "The pilot lists Dana Whitfield as co-creator.\n"}, "Dana Whitfield", "CREATED", "Nightfall"},
	{"serves-as-creator", []string{seriesPage + "In 2019 Dana Whitfield served as creator.\n"}, "Dana Whitfield", "CREATED", "Nightfall"},
	{"serves-as-showrunner", []string{seriesPage + "In 2020 Dana Whitfield served as showrunner.\n"}, "Dana Whitfield", "SHOWRUNNER_OF", "Nightfall"},
	{"showrunner-list", []string{seriesPage + "The series is led by showrunner Dana Whitfield.\n"}, "Dana Whitfield", "SHOWRUNNER_OF", "Nightfall"},
	{"executive-produced-by", []string{seriesPage + "The series is executive produced by Dana Whitfield.\n"}, "Dana Whitfield", "EXECUTIVE_PRODUCER_OF", "Nightfall"},
	{"executive-produced-by", []string{seriesPage + "The series is exec produced by Dana Whitfield and Omar Reyes.\n"}, "Omar Reyes", "EXECUTIVE_PRODUCER_OF", "Nightfall"},
	{"executive-produced-by", []string{seriesPage + "It is being exec produced by singer Dana Whitfield and her longtime collaborator Omar Reyes, along with Ivo Lund and Petra Sand for Gull Films.\n"}, "Omar Reyes", "EXECUTIVE_PRODUCER_OF", "Nightfall"},
	{"executive-produced-by", []string{seriesPage + "It is being exec produced by singer Dana Whitfield and her longtime collaborator Omar Reyes, along with Ivo Lund and Petra Sand for Gull Films.\n"}, "Petra Sand", "EXECUTIVE_PRODUCER_OF", "Nightfall"},
	{"is-executive-producer", []string{seriesPage + "In 2020 Dana Whitfield is also an executive producer.\n"}, "Dana Whitfield", "EXECUTIVE_PRODUCER_OF", "Nightfall"},
	{"is-executive-producer", []string{seriesPage + "Dana Whitfield and Omar Reyes also serve as executive producers.\n"}, "Omar Reyes", "EXECUTIVE_PRODUCER_OF", "Nightfall"},
	{"is-executive-producer", []string{seriesPage + "Dana Whitfield, who developed the series, serves as executive producer.\n"}, "Dana Whitfield", "EXECUTIVE_PRODUCER_OF", "Nightfall"},
	{"executive-producer-alongside", []string{seriesPage + "Dana Whitfield serves as executive producer alongside Omar Reyes for the second season.\n"}, "Omar Reyes", "EXECUTIVE_PRODUCER_OF", "Nightfall"},
	{"is-executive-producer", []string{seriesPage + "Dana Whitfield and Omar Reyes remain executive producers alongside Ada Fox.\n"}, "Omar Reyes", "EXECUTIVE_PRODUCER_OF", "Nightfall"},
	{"executive-producer-team", []string{seriesPage + "Ada Fox joins the executive producer team that includes Dana Whitfield and Omar Reyes.\n"}, "Omar Reyes", "EXECUTIVE_PRODUCER_OF", "Nightfall"},
	{"and-executive-producer", []string{seriesPage + "In 2020 Dana Whitfield, the writer and executive producer, left.\n"}, "Dana Whitfield", "EXECUTIVE_PRODUCER_OF", "Nightfall"},
	{"directed-by", []string{seriesPage + "The pilot was directed by Dana Whitfield.\n"}, "Dana Whitfield", "DIRECTED", "Nightfall"},
	{"title-by-author", []string{seriesPage + "The show is based on the Midnight Files by Carla Venn.\n"}, "Carla Venn", "WROTE", "Midnight Files"},
	{"based-on", []string{seriesPage + "The show is based on the Midnight Files by Carla Venn.\n"}, "Nightfall", "BASED_ON", "Midnight Files"},
	{"series-including", []string{seriesPage + "She wrote the Ivy Cole novel series, including Winter Harbour (2013) and Low Water (2018).\n"}, "Ivy Cole novel series", extract.PredIncludes, "Low Water"},
	{"series-comes-from", []string{seriesPage + "Nightfall comes from Fabel Pictures, Dana Whitfield's Northlight Studios and Tidewater Films.\n"}, "Nightfall", "PRODUCED_BY", "Northlight Studios"},
	{"produced-by", []string{seriesPage + "The series is produced by Fabel Entertainment.\n"}, "Nightfall", "PRODUCED_BY", "Fabel Entertainment"},
	{"produced-by", []string{seriesPage + "The series is produced by Fabel Entertainment, Dana Whitfield's Northlight Pictures and Omar Reyes's Tidewater Films.\n"}, "Nightfall", "PRODUCED_BY", "Tidewater Films"},
	{"co-production-of", []string{seriesPage + "The series is a co-production of Fabel Entertainment and Northlight Pictures.\n"}, "Nightfall", "PRODUCED_BY", "Northlight Pictures"},
	{"picture-company-for", []string{seriesPage + "Infobox\n- Network: KTV\n- Production company: Lumen Media\n", "LUMEN MEDIA FOR KTV NIGHTFALL SERIES 3 EPISODE 1 Pictured: LENA MARSH as Ivy Cole.\n"}, "NIGHTFALL", "PRODUCED_BY", "LUMEN MEDIA"},
	{"in-association-with", []string{seriesPage + "Produced by Fabel Entertainment in association with Northlight Studios, the series returns in May.\n"}, "Nightfall", "PRODUCED_BY", "Northlight Studios"},
	{"renewed-at", []string{relatedPage + "Nightfall has been renewed for a third season at Amazon Prime Video.\n"}, "Nightfall", "AIRS_ON", "Amazon Prime Video"},
	{"airs-on", []string{seriesPage + "Nightfall premiered on Prime Video in 2025.\n"}, "Nightfall", "AIRS_ON", "Prime Video"},
	{"airs-on", []string{seriesPage + "Nightfall airs Sunday at 10:30 p.m. Eastern on Prime Video.\n"}, "Nightfall", "AIRS_ON", "Prime Video"},
	{"network-possessive-series", []string{relatedPage, "Amazon Prime Video's Nightfall returns.\n"}, "Nightfall", "AIRS_ON", "Amazon Prime Video"},
	{"spinoff-of-list", []string{relatedPage + "A spinoff of Harbor, the show keeps its grim tone.\n"}, "Nightfall", "SPINOFF_OF", "Harbor"},
	{"possessive-spinoff", []string{relatedPage, "Harbor's spinoff Nightfall returns.\n"}, "Nightfall", "SPINOFF_OF", "Harbor"},
	{"is-spinoff-of", []string{relatedPage, "Nightfall is a spin-off of Harbor with a younger cast.\n"}, "Nightfall", "SPINOFF_OF", "Harbor"},
	{"spinoff-of-then-name", []string{relatedPage, "As a spinoff of Harbor with a new cast, Nightfall keeps the tone.\n"}, "Nightfall", "SPINOFF_OF", "Harbor"},
	{"set-in", []string{seriesPage + "Set in Los Angeles, the show follows a detective on the night shift.\n"}, "Nightfall", "SET_IN", "Los Angeles"},
	{"set-in", []string{seriesPage + "The first season, which aired in 2014, took place in Louisiana.\n"}, "Nightfall", "SET_IN", "Louisiana"},
	{"reprising-role-from", []string{relatedPage + "== Cast ==\n=== Special guest stars ===\n" +
		"- Titus Welliver as Harry Bosch, a retired detective, reprising his role from Harbor and Harbor: Legacy.\n"}, "Harry Bosch", "APPEARS_IN", "Harbor: Legacy"},
	{"protagonist-of", []string{crewPage, "Ivy Cole, the protagonist of Nightfall, rarely sleeps.\n"}, "Ivy Cole", "APPEARS_IN", "Nightfall"},
	{"plays-protagonist-of", []string{crewPage, "Lena Marsh plays Ivy Cole, the protagonist of Nightfall.\n"}, "Lena Marsh", "STARS_IN", "Nightfall"},
	{"org-rank-name", []string{crewPage, "The case falls to LAPD detective Ivy Cole.\n"}, "Ivy Cole", "MEMBER_OF", "LAPD"},
	{"org-rank-name", []string{crewPage, "The finale sends HPD Supervisory Agent Ann Dale back to the past.\n"}, "Ann Dale", "MEMBER_OF", "HPD"},
	{"cast-org-rank", []string{castWith("- Lena Marsh as Ivy Cole, an LAPD detective")}, "Ivy Cole", "MEMBER_OF", "LAPD"},
	{"joins-org", []string{crewPage, "Ivy Cole joins the Harbor Police Department in the pilot.\n"}, "Ivy Cole", "MEMBER_OF", "Harbor Police Department"},
	{"name-possessive-kin", []string{crewPage, "The probe reveals that Gary Pearlman, Ivy Cole's adoptive father, hides a secret.\n"}, "Gary Pearlman", "RELATIVE_OF", "Ivy Cole"},
	{"possessive-kin-name", []string{crewPage, "Ivy Cole's father, Gary Pearlman, hides a secret.\n"}, "Gary Pearlman", "RELATIVE_OF", "Ivy Cole"},
	{"possessive-kin-name", []string{crewPage, "Tom Vole played Ivy Cole's original partner, Gary Pearlman, in the pilot.\n"}, "Gary Pearlman", "PARTNER_OF", "Ivy Cole"},
	{"possessive-kin-name", []string{crewPage, "Gary Pearlman's embittered widow Ivy Cole tells the court what she saw.\n"}, "Ivy Cole", "ROMANTIC_PARTNER_OF", "Gary Pearlman"},
	{"cast-pronoun-possessive-kin", []string{"Dockside Nine\n\nDockside Nine is a crime drama television series that follows Ilse Brandt and Peter Grady.\n\nIlse Brandt\n\nPortrayed by Mara Voss. Ilse is a detective.\n\nPeter Grady\n\nPortrayed by Tom Reyes. He is a junior detective for the Harbor Police Department and Ilse's partner.\n"}, "Peter Grady", "PARTNER_OF", "Ilse"},
	{"cast-possessive-kin", []string{crewPage, castWith("- Kevin Dunn as Gary Pearlman, Ivy Cole's father")}, "Gary Pearlman", "RELATIVE_OF", "Ivy Cole"},
	{"pronoun-kin-name", []string{crewPage, "Ivy Cole asks about her father, Gary Pearlman.\n"}, "Gary Pearlman", "RELATIVE_OF", "Ivy Cole"},
	{"gave-birth-to", []string{crewPage, "The next year Ivy Cole has given birth to a baby boy named Ted Rawls.\n"}, "Ted Rawls", "RELATIVE_OF", "Ivy Cole"},
	{"pronoun-gave-birth-to", []string{crewPage, "Ivy Cole rarely sleeps. In May she gave birth to a daughter, Rosa Lind.\n"}, "Rosa Lind", "RELATIVE_OF", "Ivy Cole"},
	{"pronoun-kin-name", []string{crewPage, "Ivy Cole was raised by her stern, distant father, Gary Pearlman, her mother Rosa Lind and her aunt Petra Holm.\n"}, "Rosa Lind", "RELATIVE_OF", "Ivy Cole"},
	{"pronoun-kin-name", []string{crewPage, "Ivy Cole was raised by her stern, distant father, Gary Pearlman, her mother Rosa Lind and her aunt Petra Holm.\n"}, "Petra Holm", "RELATIVE_OF", "Ivy Cole"},
	{"pronoun-kin-list", []string{crewPage, "Ivy Cole rules over her unruly uncles, Ted and Gary Pearlman, all winter.\n"}, "Gary Pearlman", "RELATIVE_OF", "Ivy Cole"},
	{"pronoun-kin-list", []string{crewPage, "Ivy Cole rules over her unruly uncles, Ted and Gary Pearlman, all winter.\n"}, "Ted", "RELATIVE_OF", "Ivy Cole"},
	{"pronoun-kin-list", []string{crewPage, "Ivy Cole moves with their children Rosa (Lena Marsh) and Petra (Ann Dale) to the lake.\n"}, "Petra", "RELATIVE_OF", "Ivy Cole"},
	{"airs-on", []string{seriesPage + "The programme premiered on 1 June 2018 in New Zealand on Hulu and later elsewhere.\n"}, "Nightfall", "AIRS_ON", "Hulu"},
	{"airs-on", []string{seriesPage + "The drama was later shown in New Zealand on Hulu.\n"}, "Nightfall", "AIRS_ON", "Hulu"},
	{"book-series-by", []string{seriesPage + "Nightfall is a drama based on the book series Harbor Tales by Carla Venn.\n\nEach series adapts a novel: The Salt Grave (2013), Low Tide (2014), and The Black Pier (2018).\n"}, "Carla Venn", "WROTE", "Harbor Tales"},
	{"adapts-novels-list", []string{seriesPage + "Nightfall is a drama based on the book series Harbor Tales by Carla Venn.\n\nEach series adapts a novel: The Salt Grave (2013), Low Tide (2014), and The Black Pier (2018).\n"}, "Nightfall", "BASED_ON", "Low Tide"},
	{"adapted-novels-author", []string{seriesPage + "Nightfall is a drama based on the book series Harbor Tales by Carla Venn.\n\nEach series adapts a novel: The Salt Grave (2013), Low Tide (2014), and The Black Pier (2018).\n"}, "Carla Venn", "WROTE", "The Black Pier"},
	{"adapted-novels-author", []string{seriesPage + "Nightfall adapts the novels by Carla Venn.\n\nIts fifth series is based on the book The Salt Grave.\n"}, "Carla Venn", "WROTE", "The Salt Grave"},
	{"lead-the-cast-of", []string{crewPage, "Tom Vale and Ann Dale will lead the cast of Lumen’s new crime drama, Nightfall.\n"}, "Ann Dale", "STARS_IN", "Nightfall"},
	{"series-star-named", []string{seriesPage + "Nightfall will welcome a new vicar as series star Tom Vale exits the show.\n"}, "Tom Vale", "STARS_IN", "Nightfall"},
	{"prequel-to", []string{seriesPage + "Dana Whitfield’s highly anticipated prequel to Harbor Lights has come to an end.\n"}, "Nightfall", "SPINOFF_OF", "Harbor Lights"},
	{"new-cast-run", []string{seriesPage + "New cast members include Tom Vale (Salt), Ann Dale (Black Lantern) and Lena Marsh.\n"}, "Ann Dale", "STARS_IN", "Nightfall"},
	{"new-cast-run", []string{seriesPage + "The leads are joined by newcomer Tom Vale (Salt) as well as singers Ann Dale and Lena Marsh.\n"}, "Ann Dale", "STARS_IN", "Nightfall"},
	{"starring-cast-run", []string{seriesPage + "Nightfall is praised for its central performances from the likes of Tom Vale as Ivy Cole, Ann Dale as his wife Rosa and Lena Marsh, who plays Quill.\n"}, "Ann Dale", "STARS_IN", "Nightfall"},
	{"pronoun-kin-name", []string{seriesPage + "Nightfall stars Tom Vale as Ivy Cole, Ann Dale as his wife Rosa and Lena Marsh.\n"}, "Rosa", "ROMANTIC_PARTNER_OF", "Ivy Cole"},
	{"schedule-line", []string{seriesPage + "Nightfall\nSunday, 8 pm, Hulu\n\nBack in 2012, the drama introduced us to a young detective.\n"}, "Nightfall", "AIRS_ON", "Hulu"},
	{"character-bracket-actor", []string{seriesPage + "Nightfall is a drama.\n\nShe says: \"But Vance [the team’s boss, played by Tom Fell] is retiring.\"\n"}, "Tom Fell", "PLAYS", "Vance"},
	{"joined-cast-as", []string{seriesPage + "Nightfall is a drama.\n\nTom Fell (Harbor Lights) joined the cast in the second season as Coral, a singer at the club.\n"}, "Tom Fell", "PLAYS", "Coral"},
	{"romantic-with", []string{crewPage, "Ivy Cole begins a romantic relationship with Gary Pearlman.\n"}, "Ivy Cole", "ROMANTIC_PARTNER_OF", "Gary Pearlman"},
	{"dating", []string{crewPage, "Ivy Cole is dating Gary Pearlman.\n"}, "Ivy Cole", "ROMANTIC_PARTNER_OF", "Gary Pearlman"},
	{"cast-partner", []string{crewPage, castWith("- Kevin Dunn as Gary Pearlman, the partner of Ivy Cole")}, "Gary Pearlman", "PARTNER_OF", "Ivy Cole"},
	{"kills", []string{crewPage, "In the finale Gary Pearlman kills Ted Rawls.\n"}, "Gary Pearlman", "KILLED", "Ted Rawls"},
	{"who-killed", []string{crewPage, "Gary Pearlman, who once killed Ted Rawls, hides.\n"}, "Gary Pearlman", "KILLED", "Ted Rawls"},
	{"killed-by", []string{crewPage, "In the finale Ted Rawls is killed by Gary Pearlman.\n"}, "Gary Pearlman", "KILLED", "Ted Rawls"},
	{"one-who-killed", []string{crewPage, "Gary Pearlman, the man who killed Ted Rawls, hides.\n"}, "Gary Pearlman", "KILLED", "Ted Rawls"},
	{"actor-plays", []string{crewPage, "Lena Marsh returns as Ivy Cole in season two.\n"}, "Lena Marsh", "PLAYS", "Ivy Cole"},
	{"actor-plays", []string{crewPage, "Fans hope Lena Marsh will return as Ivy Cole in the film.\n"}, "Lena Marsh", "PLAYS", "Ivy Cole"},
	// The book stands first: the pattern's groups read "Book's Author".
	{"book-possessive-author", []string{bookPage, "Midnight Files's Carla Venn is a classic.\n"}, "Carla Venn", "WROTE", "Midnight Files"},
	{"based-on-window", []string{seriesPage + "The show adapts Winter Harbour (2013) and Low Water (2018).\n"}, "Nightfall", "BASED_ON", "Low Water"},
	{"executive-produces", []string{seriesPage + "In 2020 Dana Whitfield executive produces the show.\n"}, "Dana Whitfield", "EXECUTIVE_PRODUCER_OF", "Nightfall"},
	{"directs-episodes", []string{seriesPage + "In 2020 Dana Whitfield directed two episodes.\n"}, "Dana Whitfield", "DIRECTED", "Nightfall"},
	{"who-serves-as-showrunner", []string{seriesPage + "The writer Dana Whitfield, who serves as showrunner, left.\n"}, "Dana Whitfield", "SHOWRUNNER_OF", "Nightfall"},
	{"name-spinoff", []string{relatedPage + "The Harbor spin-off returns in May.\n"}, "Nightfall", "SPINOFF_OF", "Harbor"},
	{"name-spinoff", []string{relatedPage + "News that the “Harbor” prequel is coming to an end came today.\n"}, "Nightfall", "SPINOFF_OF", "Harbor"},
	{"the-spinoff-name", []string{seriesPage + "Nightfall is a drama.\n\nIt has a spinoff series, Dawnlight, since 2025.\n"}, "Dawnlight", "SPINOFF_OF", "Nightfall"},
	{"the-spinoff-name", []string{relatedPage + "Harbor has a spin-off, Nightfall.\n"}, "Nightfall", "SPINOFF_OF", "Harbor"},
	{"name-of-the-org", []string{crewPage, "Ivy Cole of the Harbor Police Department takes the case.\n"}, "Ivy Cole", "MEMBER_OF", "Harbor Police Department"},
	{"cast-rank-at-org", []string{castWith("- Lena Marsh as Ivy Cole, a detective with the Harbor Police Department")}, "Ivy Cole", "MEMBER_OF", "Harbor Police Department"},
	{"works-for", []string{crewPage, "Ivy Cole works for the Harbor Police Department.\n"}, "Ivy Cole", "MEMBER_OF", "Harbor Police Department"},
	{"works-for", []string{crewPage, "Ivy Cole rarely sleeps. She is the sister of Ted Rawls and worked for the Harbor Police Department.\n"}, "Ivy Cole", "MEMBER_OF", "Harbor Police Department"},
	{"who-was-killed-by", []string{crewPage, "Ted Rawls, murdered by Gary Pearlman, is mourned.\n"}, "Gary Pearlman", "KILLED", "Ted Rawls"},
	{"is-possessive-kin", []string{crewPage, "Gary Pearlman is Ivy Cole's father.\n"}, "Gary Pearlman", "RELATIVE_OF", "Ivy Cole"},
	{"were-partners", []string{crewPage, "Ivy Cole and Gary Pearlman were partners for years.\n"}, "Ivy Cole", "PARTNER_OF", "Gary Pearlman"},
	{"were-married", []string{crewPage, "Ivy Cole and Gary Pearlman were married for years.\n"}, "Ivy Cole", "ROMANTIC_PARTNER_OF", "Gary Pearlman"},
	{"shoots-dead", []string{crewPage, "In the finale Gary Pearlman shoots Ted Rawls dead.\n"}, "Gary Pearlman", "KILLED", "Ted Rawls"},
	{"cast-org-possessive-rank", []string{castWith("- Lena Marsh as Ivy Cole, the LAPD's best detective")}, "Ivy Cole", "MEMBER_OF", "LAPD"},
	{"is-org-possessive-rank", []string{crewPage, "Ivy Cole is the LAPD's best detective.\n"}, "Ivy Cole", "MEMBER_OF", "LAPD"},
	{"kissed", []string{crewPage, "Ivy Cole and Gary Pearlman finally kiss in the finale.\n"}, "Ivy Cole", "ROMANTIC_PARTNER_OF", "Gary Pearlman"},
	{"nth-book-of-author", []string{bookPage, "Midnight Files, the first of Carla Venn's books, is a classic.\n"}, "Carla Venn", "WROTE", "Midnight Files"},
	{"actor-possessive-character", []string{crewPage, "The finale belongs to Lena Marsh's supremely affable Detective Sergeant Ivy Cole.\n"}, "Lena Marsh", "PLAYS", "Ivy Cole"},
	{"actor-possessive-character", []string{crewPage, "Lena Marsh's Ivy Cole is a triumph.\n"}, "Lena Marsh", "PLAYS", "Ivy Cole"},
	{"actor-possessive-character", []string{crewPage, "She was once the fiancée of Kevin Dunn's character, Gary Pearlman.\n"}, "Kevin Dunn", "PLAYS", "Gary Pearlman"},
	{"novels-by-author-list", []string{seriesPage + "Among the novels by Carla Venn: Winter Harbour (2013), Low Water (2018).\n"}, "Carla Venn", "WROTE", "Low Water"},
	{"title-a-novel-by", []string{seriesPage + "Winter Harbour (2013), a crime novel by Carla Venn, is a classic.\n"}, "Carla Venn", "WROTE", "Winter Harbour"},
	{"set-in-window", []string{seriesPage + "The show is set on the rugged coast of Calder County.\n"}, "Nightfall", "SET_IN", "Calder County"},
	{"set-in-place-of", []string{seriesPage + "The show is set on the fictional Pacific island of Saint Oriel.\n"}, "Nightfall", "SET_IN", "Saint Oriel"},
	{"pronoun-killed-by", []string{crewPage, "Ted Rawls returns, but he is killed by Gary Pearlman.\n"}, "Gary Pearlman", "KILLED", "Ted Rawls"},
	{"colleague-at-org", []string{crewPage, "Ivy Cole, a colleague at the Harbor Police Department, helps.\n"}, "Ivy Cole", "MEMBER_OF", "Harbor Police Department"},
	{"kin-paren", []string{crewPage, "Ivy Cole lost her father (Gary Pearlman) young.\n"}, "Gary Pearlman", "RELATIVE_OF", "Ivy Cole"},
	{"name-the-kin-of", []string{crewPage, "Ivy Cole, the daughter of millionaire businessman Gary Pearlman, is taken.\n"}, "Ivy Cole", "RELATIVE_OF", "Gary Pearlman"},
	{"name-paren-possessive-kin", []string{crewPage, "Other cast members include Nina Falk as Rosa Lind (Ivy Cole's brother) and Omar Vance as Petra Holm.\n"}, "Rosa Lind", "RELATIVE_OF", "Ivy Cole"},
	{"name-paren-possessive-kin", []string{crewPage, "Other cast members include Omar Vance as Petra Holm (Ivy Cole's and Nora's little sister).\n"}, "Petra Holm", "RELATIVE_OF", "Ivy Cole"},
	{"name-paren-possessive-kin", []string{crewPage, "Other cast members include Omar Vance as Petra Holm (Gary Pearlman's and Ivy Cole's mother).\n"}, "Petra Holm", "RELATIVE_OF", "Ivy Cole"},
	{"shot-killing", []string{crewPage, "Gary Pearlman draws faster and shoots Ted Rawls in the chest, killing him.\n"}, "Gary Pearlman", "KILLED", "Ted Rawls"},
	{"pronoun-shot-killing", []string{crewPage, "Ivy Cole hesitates. Then she shot Ted Rawls in the chest, killing him.\n"}, "Ivy Cole", "KILLED", "Ted Rawls"},
	{"at-the-hands-of", []string{crewPage, "In the finale Ted Rawls dies at the hands of Gary Pearlman.\n"}, "Gary Pearlman", "KILLED", "Ted Rawls"},
	{"possessive-murder-of", []string{crewPage, "The season turns on Gary Pearlman's brutal murder of Ted Rawls.\n"}, "Gary Pearlman", "KILLED", "Ted Rawls"},
	{"pronoun-murder-of", []string{crewPage, "Gary Pearlman is jailed for his own murder of Ivy Cole's husband Ted Rawls.\n"}, "Gary Pearlman", "KILLED", "Ted Rawls"},
	{"after-killing", []string{crewPage, "Gary Pearlman seemed calm the morning after killing his brother Ted Rawls.\n"}, "Gary Pearlman", "KILLED", "Ted Rawls"},
	{"is-role-of-org", []string{crewPage, "Ivy Cole is a nearly retired detective chief inspector of the fictional Harbor Police Department.\n"}, "Ivy Cole", "MEMBER_OF", "Harbor Police Department"},
	{"fronted-role-of-org", []string{crewPage, "A decorated veteran of the Harbor Police Department, Nina Falk runs the night desk.\n"}, "Nina Falk", "MEMBER_OF", "Harbor Police Department"},
	{"pronoun-role-of-org", []string{crewPage, "Ivy Cole returns. She is the youngest member of the Harbor Police Department.\n"}, "Ivy Cole", "MEMBER_OF", "Harbor Police Department"},
	{"is-role-of-org", []string{crewPage, "Ivy Cole is a medical examiner for the Harbor Police Department.\n"}, "Ivy Cole", "MEMBER_OF", "Harbor Police Department"},
	{"pronoun-role-of-org", []string{crewPage, "Ivy Cole returns. She is an emergency doctor at the Harbor General Hospital.\n"}, "Ivy Cole", "MEMBER_OF", "Harbor General Hospital"},
	{"pronoun-role-of-org", []string{crewPage, "Ivy Cole returns. She is a crime reporter for the Harbor Gazette.\n"}, "Ivy Cole", "MEMBER_OF", "Harbor Gazette"},
	{"pronoun-role-of-org", []string{crewPage, "Ivy Cole returns. She is an ER doctor at the fictional Harbor General Hospital.\n"}, "Ivy Cole", "MEMBER_OF", "Harbor General Hospital"},
	{"is-role-of-org", []string{crewPage, "Ivy Cole is an FBI agent in the Harbor Police Department.\n"}, "Ivy Cole", "MEMBER_OF", "Harbor Police Department"},
	{"pronoun-role-of-org", []string{castWith("- Ivy Cole (Lena Marsh) – a night-shift detective. She is a former nurse at the fictional Harbor Cross North.")}, "Ivy Cole", "MEMBER_OF", "Harbor Cross North"},
	{"is-role-of-org", []string{crewPage, "Ted Rawls, a police superintendent, is the chief inspector of the Harbor Police Department.\n"}, "Ted Rawls", "MEMBER_OF", "Harbor Police Department"},
	{"works-as-role-for-org", []string{crewPage, "Ivy Cole rarely sleeps. She works as a crime reporter for the fictional Harbor Gazette.\n"}, "Ivy Cole", "MEMBER_OF", "Harbor Gazette"},
	{"works-as-role-for-org", []string{crewPage, "Ivy Cole work as a consultant for the Harbor Bureau of Investigation (HBI).\n"}, "Ivy Cole", "MEMBER_OF", "Harbor Bureau of Investigation"},
	{"possessive-post-of-org", []string{crewPage, "Nina Falk assumes Ivy Cole's former post as head of the Harbor Police Department.\n"}, "Ivy Cole", "MEMBER_OF", "Harbor Police Department"},
	{"is-org-role", []string{crewPage, "Ivy Cole is a retired Harbor Police Department detective.\n"}, "Ivy Cole", "MEMBER_OF", "Harbor Police Department"},
	{"appositive-role-of-org", []string{crewPage, "Ted Rawls, the chief of the Harbor Police Department, resigns.\n"}, "Ted Rawls", "MEMBER_OF", "Harbor Police Department"},
	{"appositive-role-of-org", []string{crewPage, "The plot follows policeman Ted Rawls (Kevin Dunn), a detective from Harbor City's Harbor Police Department.\n"}, "Ted Rawls", "MEMBER_OF", "Harbor Police Department"},
	{"kill-list", []string{"Ivy Cole is the main character of the Nightfall series.\n\nKillings\n\n1. Gil Ortega - Shot (\"Pilot\")\n2. Roy Tasker – Beaten\n"}, "Ivy Cole", "KILLED", "Roy Tasker"},
	{"set-in-places", []string{seriesPage + "Nightfall is a drama.\n\nThe series is set primarily at the CIU based in Fort Meade, Maryland.\n"}, "Nightfall", "SET_IN", "Maryland"},
	{"set-in-places", []string{seriesPage + "Nightfall is a drama.\n\nThe series is set chiefly in Bayport, Maine, during the 1920s.\n"}, "Nightfall", "SET_IN", "Bayport"},
	{"series-of-novels-by", []string{seriesPage + "Nightfall is a drama.\n\nThe series is based on the Harbor Mysteries series of novels by Carla Venn.\n"}, "Carla Venn", "WROTE", "Harbor Mysteries"},
	{"books-by-author", []string{seriesPage + "Nightfall is a drama.\n\n\"Low Tide\" and \"Salt Marsh\" from the first series are based on novels of the same names by Carla Venn.\n"}, "Carla Venn", "WROTE", "Salt Marsh"},
	{"books-by-author", []string{seriesPage + "Nightfall is a drama.\n\n\"Low Tide\" and \"Salt Marsh\" from the first series are based on novels of the same names by Carla Venn.\n"}, "Nightfall", "BASED_ON", "Low Tide"},
	{"author-novel-series", []string{bookPage, "This is a list of characters from the Carla Venn novel series Harbor, consisting of Low Tide in the Bay , Salt Marsh by Night , and Dark Water Rising , the television series Nightfall.\n"}, "Carla Venn", "WROTE", "Salt Marsh by Night"},
	{"spinoffs-produced", []string{seriesPage + "Nightfall is a drama.\n\nTwo spin-offs have been produced: Nightfall: Dawn on February 16, 2011, and Nightfall: Dusk on March 16, 2016.\n"}, "Nightfall: Dusk", "SPINOFF_OF", "Nightfall"},
	{"compound-credit", []string{seriesPage + "Nightfall is a drama.\n\nSeason 3 of the Dana Whitfield-created Nightfall is its best.\n"}, "Dana Whitfield", "CREATED", "Nightfall"},
	{"pronoun-plays", []string{crewPage, "Lena Marsh returns, and she will play the cold Ivy Cole again.\n"}, "Lena Marsh", "PLAYS", "Ivy Cole"},
	{"as-respectively", []string{crewPage, "Lena Marsh (Salt Flats) and Kevin Dunn (Harbor) will recur as, respectively, characters named Ray Hobb and Ivy Cole.\n"}, "Kevin Dunn", "PLAYS", "Ivy Cole"},
	{"play-respectively", []string{crewPage, "Lena Marsh and Kevin Dunn will play Ivy Cole and Gary Pearlman, respectively.\n"}, "Kevin Dunn", "PLAYS", "Gary Pearlman"},
	{"stars-as", []string{crewPage + "\nNow Lena Marsh stars as a detective on the night shift.\n"}, "Lena Marsh", "STARS_IN", "Nightfall"},
	{"cast-led-by", []string{crewPage + "\nThe cast will be led by Lena Marsh and Kevin Dunn.\n"}, "Kevin Dunn", "STARS_IN", "Nightfall"},
	{"series-regular", []string{crewPage + "\nThe network announced Lena Marsh as a series regular.\n"}, "Lena Marsh", "STARS_IN", "Nightfall"},
	{"network-genre-series", []string{relatedPage, "The second season of the Amazon Prime Video crime drama \"Nightfall\" premiered in June.\n"}, "Nightfall", "AIRS_ON", "Amazon Prime Video"},
	{"network-orders", []string{relatedPage, "Amazon Prime Video has announced that Nightfall has been renewed.\n"}, "Nightfall", "AIRS_ON", "Amazon Prime Video"},
	{"watch-on", []string{relatedPage, "Watch Nightfall on Amazon Prime Video.\n"}, "Nightfall", "AIRS_ON", "Amazon Prime Video"},
	{"creator-name", []string{seriesPage + "Nightfall is a drama.\n\nThe show comes from creator Dana Whitfield this year.\n"}, "Dana Whitfield", "CREATED", "Nightfall"},
	{"created-by-described", []string{seriesPage + "Nightfall is a drama.\n\nThe series is created and written by award-winning novelist Dana Whitfield.\n"}, "Dana Whitfield", "CREATED", "Nightfall"},
	{"place-set-series", []string{seriesPage + "Nightfall is a drama.\n\nThe powerful London-set drama returns.\n"}, "Nightfall", "SET_IN", "London"},
	{"character-actor-note", []string{crewPage, "The series follows Ivy Cole (Australian actor Lena Marsh) at night.\n"}, "Lena Marsh", "PLAYS", "Ivy Cole"},
	{"actor-paren-ranked-role", []string{seriesPage, "The lead was played in turn by Tom Rellow (DI Martin Crale) and Jake Benfield (DS Colin Penrith).\n"}, "Jake Benfield", "PLAYS", "Colin Penrith"},
	{"actor-performance-as", []string{crewPage, "The drama won two awards, for Kevin Dunn's performance as Gary Pearlman and Lena Marsh' portrayal as Ivy Cole.\n"}, "Kevin Dunn", "PLAYS", "Gary Pearlman"},
	{"actor-performance-as", []string{crewPage, "The drama won two awards, for Kevin Dunn's performance as Gary Pearlman and Lena Marsh' portrayal as Ivy Cole.\n"}, "Lena Marsh", "PLAYS", "Ivy Cole"},
	{"paren", []string{crewPage, "Nightfall follows Ivy Cole (Lena Marsh) through the city at night.\n"}, "Lena Marsh", "PLAYS", "Ivy Cole"},
	{"paren", []string{crewPage, "Her husband runs to his mother, “Ivy Cole” (Lena Marsh), for help.\n"}, "Lena Marsh", "PLAYS", "Ivy Cole"},
	// Relations the structure states.
	{"cast-line", []string{crewPage}, "Lena Marsh", "PLAYS", "Ivy Cole"},
	{"cast-pair", []string{castPage, "Cast\n\nIvy Cole — Lena Marsh\nMirella Dragan — Saoirse Delahunt\n"}, "Saoirse Delahunt", "PLAYS", "Mirella Dragan"},
	{"caption", []string{captionPage}, "Ade Oyelaran", "PLAYS", "Idris Mensah"},
	{"infobox-starring", []string{infobox}, "Lena Marsh", "STARS_IN", "Nightfall"},
	{"infobox-based-on", []string{infobox}, "Carla Venn", "WROTE", "Midnight Files"},
	{"infobox-director", []string{episodeTable}, "Mara Voss", "DIRECTED", "Nightfall"},
	{"character-page-family-members", []string{characterPage}, "Frank Halloran", "RELATIVE_OF", "Nora Halloran"},
	{"character-page-sons", []string{fanCharacterPage}, "Sam Cole", "RELATIVE_OF", "Ivy Cole"},
	{"character-page-spouse", []string{fanCharacterPage}, "Tom Cole", "ROMANTIC_PARTNER_OF", "Ivy Cole"},
	{"character-page-immediate-relatives", []string{fanCharacterPage}, "Ada Cole", "RELATIVE_OF", "Ivy Cole"},
	{"character-page-department", []string{fanCharacterPage}, "Ivy Cole", "MEMBER_OF", "Harbor Police Department"},
	{"character-page-portrayer", []string{fanCharacterPage}, "Lena Marsh", "PLAYS", "Ivy Cole"},
	{"list-author", []string{"Harbor novels\n\nAuthor Carla Venn's Harbor novels are set in Maine. The full series so far:\n\n" +
		"- Winter Harbour (2013)\n- Low Water (2018)\n"}, "Carla Venn", "WROTE", "Low Water"},
	// A character a page about a series names appears in it.
	{"character-in-page-series", []string{crewPage, seriesPage + "Nightfall is a drama.\n\nIvy Cole meets Detective Rose Hale at the docks.\n"}, "Rose Hale", "APPEARS_IN", "Nightfall"},
	// A character someone plays in a document about a series appears in it.
	{"plays-implies-appears-in", []string{crewPage, "Nightfall follows Ivy Cole (Lena Marsh) through the city at night.\n"}, "Ivy Cole", "APPEARS_IN", "Nightfall"},
	{"plays-implies-appears-in", []string{crewPage, "'Harbor Lights' Fans Stunned: Ivy Suspects Her Brother in the Finale (Exclusive)\n\nThe finale sends Ivy Cole (Lena Marsh) back to the docks.\n"}, "Ivy Cole", "APPEARS_IN", "Harbor Lights"},
}

// fanCharacterPage is a character page whose infobox was copied as plain
// text: keys and values on one line, glued or with a space between them.
const fanCharacterPage = "Ivy Cole: A Profile\n\nIvy Cole\nPortrayerLena Marsh\nSpouse Tom Cole (ex-husband)\n" +
	"Sons Sam Cole\nImmediate Relatives\nAda Cole (mother, deceased)\nDepartmentHarbor Police Department\n" +
	"Full NameIvy Rose Cole\n\nIvy Cole is a sergeant.\n"

// bookPage is a page whose infobox types a book and its author.
const bookPage = seriesPage + "Infobox\n- Based on: Midnight Files by Carla Venn\n"

// TestPatternRules runs a case of every relation pattern and structure
// rule.
func TestPatternRules(t *testing.T) {
	for _, tt := range patternCases {
		t.Run(tt.rule, func(t *testing.T) {
			var got []claimLine
			for _, x := range extractDocs(t, tt.docs...) {
				for i, c := range x.Claims {
					if c.Rule == tt.rule {
						got = append(got, claimLines(x)[i])
					}
				}
			}
			for _, g := range got {
				if g.subj == tt.subj && g.pred == tt.pred && g.obj == tt.obj {
					return
				}
			}
			t.Errorf("no claim %s %s %s by %s; its claims: %+v", tt.subj, tt.pred, tt.obj, tt.rule, got)
		})
	}
}

// TestPatternsHaveCases checks that every relation pattern has a case,
// here or (for the patterns that only type names) in the typing cases, and
// that every pattern states a relation of the graph's vocabulary or one of
// the stage's own.
func TestPatternsHaveCases(t *testing.T) {
	cased := map[string]bool{}
	for _, c := range patternCases {
		cased[c.rule] = true
	}
	for _, c := range typingCases {
		cased[c.rule] = true
	}
	cased["slash-names"] = true // see TestNameAliases
	internal := map[string]bool{extract.PredIncludes: true, "PAREN": true, "RETITLED": true, "KNOWN_AS": true, "KIN": true, "CREDIT": true, "BOOKS_BY": true, "PERSONA": true, "STARS_AS": true, "CAST_RUN": true, "LEADS": true}
	seen := map[string]bool{}
	names, preds := extract.PatternNames()
	for i, n := range names {
		if seen[n] {
			t.Errorf("two patterns named %s", n)
		}
		seen[n] = true
		if !cased[n] {
			t.Errorf("pattern %s has no case", n)
		}
		if !graph.ValidPredicate(preds[i]) && !internal[preds[i]] {
			t.Errorf("pattern %s states %s, no predicate of the graph", n, preds[i])
		}
	}
}
