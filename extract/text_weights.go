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
	-2.4086, 0.5423, -2.3068, -1.4432, 0.6228, 0.7848,
	2.2611, 2.7858, 0.1572, -0.5383, -1.2771, -0.2904,
	1.1535, -1.4412, 0.0923, 0.0223, 2.8280, 1.4067,
	0.9820, 0.4171, -0.4592, -1.5410, 1.2148, -2.9070,
	-1.9634, 0.4722, 1.1912, 0.7987, 0.4942, 3.7496,
	1.5451, 0.5915, -1.5064, -1.4904, 0.1880, 0.1298,
	1.3384, -0.2696, -1.6096, 1.1337, -0.2408, -0.4141,
	0.2903, -0.1596, 0.7076, -1.0757, 0.5979, 0.1094,
	0.0168, 0.2182, -0.1670, 0.3194, -0.1358, 0.0522,
	-0.4894, -0.1088, 0.2879, -0.7846, -0.1461, -0.2461,
	0.1417, -0.0875, 0.0189, 0.8540, 0.0607, -0.2179,
	-0.2326, -0.0477, 0.2335,
}
