package extract

// htmlTextWeights are the text block model's regression weights as
// fitted on 2026-11-30, which the HTML block model reads as a feature
// (htmlFeatures' f[22]): its trees and weights were fitted on them
// (TestHTMLTrain), so they stay when the text model is refitted
// (text_fit.go).
var htmlTextWeights = [textNumFeatures]float64{
	-0.4980, -0.0483, -0.4126, 0.3116, 0.1872, 0.0977,
	-0.4559, 0.1913, -2.0145, -0.7775, -1.3502, 1.6037,
	0.2154, -0.0169, 0.0222, 0.1758, 0.3181, 0.4237,
	-0.8790, -0.9985, 0.0624, -1.3157, -0.3003, 0.4434,
	-0.0006, 0.1290, -0.2434, 0.3210, -0.7093, -0.4520,
	-0.2686, -1.3803, -0.9155, -0.3827, -0.5851, 0.3004,
	0.3063, 0.0469,
}

var textPageWeights = [textPageFeatures]float64{
	1.8087, -1.0918, 1.1189, 0.4655, 1.8962, 0.2403,
	0.6345, 0.3756, 0.0901, 2.0825, 0.1358, 0.4482,
	-0.3005, -1.4567,
}

// textTitleWeights are the title model as fitted on 2026-11-30 (with
// textTitleFeatures 35 long; the features added since weigh 0), which
// chooses the headline block the body's rules and the date and byline
// searches read around: they were tuned on its choices. The title's text
// is chosen by textTitleTextWeights (textFindMeta).
var textTitleWeights = [textTitleFeatures]float64{
	-3.0817, 0.8055, -2.5142, -2.1296, 0.7635, 0.6751,
	1.7056, 4.7740, -0.2547, -1.0804, -1.7038, -0.0785,
	1.3626, -1.5461, 0.6039, 0.1424, 2.8312, 1.6208,
	0.8568, 0.3737, -0.3604, -2.2495, 1.4961, -2.2356,
	-2.1531, 0.4320, 1.3611, 0.8042, 0.5962, 4.2923,
	1.7284, 0.4560, -1.7803, -1.4986, 0.2975,
}

// textTitleTextWeights are the title model that chooses the title's text,
// fitted by TestTextTitleTrain (and TestTextTrain) on every feature.
var textTitleTextWeights = [textTitleFeatures]float64{
	-2.3821, 0.5359, -2.2805, -1.4929, 0.6402, 0.7921,
	2.2974, 2.9936, 0.1258, -0.5550, -1.2730, -0.3197,
	1.1656, -1.4691, 0.1349, 0.0186, 2.8878, 1.4092,
	0.9716, 0.4397, -0.4525, -1.5620, 1.1980, -2.8280,
	-1.9364, 0.4897, 1.1874, 0.7907, 0.5030, 3.6995,
	1.5475, 0.6030, -1.4820, -1.4611, 0.1876, -0.0705,
	1.3380, -0.0705, -1.6039, 1.1354, -0.2678, -0.3677,
	0.2758, -0.1670, 0.5156, -1.0351, 0.5989, 0.0976,
	0.0359, 0.2076, -0.1391, 0.2770, -0.1278, 0.0508,
	-0.4791, -0.1326, 0.2756, -0.7642, -0.1736, -0.2622,
	0.1455, -0.0774, 0.0104, 0.9007, 0.0590, -0.2288,
	-0.2549, -0.0788, 0.2333,
}
