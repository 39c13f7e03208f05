package extract

// textWeights are the block model's weights, fitted by TestTextTrain.
var textWeights = [textNumFeatures]float64{
	-0.5595, -0.0490, -0.8520, 0.1863, 0.2828, 0.1203,
	-0.4085, 0.2543, -2.0696, -1.0265, -1.2064, 2.0484,
	0.1250, -0.0382, 0.0238, 0.1935, 0.3099, 0.9584,
	-0.7496, -0.9328, 0.0628, -1.0027, -0.0816, 0.2789,
	0.0718, 0.1628, -0.3512, 0.6455, -0.7464, -0.6728,
}
